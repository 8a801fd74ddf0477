import { randomUUID } from 'node:crypto';
import { upsertAccountByPhone } from '../src/modules/auth/repository';
import { createSessionService } from '../src/modules/auth/sessions';
import { insertManager, insertPatient } from '../src/modules/patients/repository';
import { patientField } from '../src/modules/patients/view';
import { createProtection, fieldContext } from '../src/security/protection';
import type { TestApp } from './helper';

/**
 * Many verified patients with live sessions, written directly (as the booking bench does): logging in thousands
 * over HTTP would take minutes and test nothing new. Passport-type ids keep them clear of real ID numbers.
 */
export async function bulkVerifiedPatients(t: TestApp, count: number) {
  const protection = createProtection(t.config);
  const sessions = createSessionService({ db: t.database.db, protection, accessTtlSeconds: 3600, refreshTtlSeconds: 3600, staffIdleTimeoutSeconds: 1800, now: () => t.clock.now });
  const out: { auth: Record<string, string>; patientId: string; accountId: string }[] = [];
  for (let start = 0; start < count; start += 100) {
    await t.database.db.transaction(async (tx) => {
      for (let i = start; i < Math.min(count, start + 100); i++) {
        const phone = `17${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;
        const accountId = randomUUID();
        await upsertAccountByPhone(tx, { id: accountId, phoneIndex: protection.index('phone', `${phone}-${accountId}`), phoneEnc: protection.cipher.encrypt(phone, fieldContext('accounts', 'phone', accountId)), displayName: `并发${i}` }, t.clock.now);
        const patientId = randomUUID();
        const passport = `T${randomUUID().replaceAll('-', '').slice(0, 12)}`;
        await insertPatient(tx, { id: patientId, name: `并发${i}`, idType: 'passport', idNumberEnc: protection.cipher.encrypt(passport, patientField('id_number', patientId)), idNumberIndex: protection.index('id_number', passport), selfAccountId: accountId, verificationLevel: 2 });
        await insertManager(tx, { accountId, patientId, relation: 'self', recordAccess: true, consentMethod: 'self' });
        const issued = await sessions.issue(tx, { kind: 'patient', id: accountId }, { id: accountId, kind: 'patient', displayName: '', phoneMasked: null, roles: ['patient'] }, {});
        out.push({ auth: { authorization: `Bearer ${issued.accessToken}` }, patientId, accountId });
      }
    });
  }
  return out;
}
