import { randomUUID } from 'node:crypto';
import { mainlandIdCheckDigit } from '@xinglin/identity';
import type { Tx } from './client';
import { upsertAccountByPhone } from '../modules/auth/repository';
import { findDoctorByCode } from '../modules/catalog/repository';
import { insertCard, insertManager, insertPatient } from '../modules/patients/repository';
import { patientField } from '../modules/patients/view';
import { careRelationships, healthRecordVersions, healthRecords } from '../modules/records/tables';
import { fieldContext, type Protection } from '../security/protection';

/** The demo patient of docs/demo-accounts.md: log in with this phone and the code from /sim/sms. */
export const DEMO_PATIENT_PHONE = '13800138000';

const idNumber = (first17: string) => first17 + mainlandIdCheckDigit(first17);

/** One family that makes the app look lived in: a verified account holder, a child, a mother, a record, a doctor grant. */
export async function seedDemoPatients(tx: Tx, p: Protection, now: Date): Promise<number> {
  const accountId = randomUUID();
  const account = await upsertAccountByPhone(
    tx,
    { id: accountId, phoneIndex: p.index('phone', DEMO_PATIENT_PHONE), phoneEnc: p.cipher.encrypt(DEMO_PATIENT_PHONE, fieldContext('accounts', 'phone', accountId)), displayName: '张伟' },
    now,
  );
  if (account.id !== accountId) return 0; // already there
  const person = async (name: string, first17: string, gender: string, birthDate: string, self: boolean, phone?: string) => {
    const id = randomUUID();
    const number = idNumber(first17);
    return insertPatient(tx, {
      id,
      name,
      idType: 'mainland_id',
      idNumberEnc: p.cipher.encrypt(number, patientField('id_number', id)),
      idNumberIndex: p.index('id_number', number),
      gender,
      birthDate,
      selfAccountId: self ? accountId : null,
      verificationLevel: 2,
      verifiedAt: now,
      verifiedMethod: 'id_check',
      ...(phone ? { phoneEnc: p.cipher.encrypt(phone, patientField('phone', id)), phoneIndex: p.index('phone', phone) } : {}),
    });
  };
  const me = await person('张伟', '11010819860412351', 'male', '1986-04-12', true);
  const child = await person('张子涵', '11010820170821462', 'female', '2017-08-21', false);
  const mother = await person('李秀兰', '11010819580103282', 'female', '1958-01-03', false, '13900139000');
  await insertManager(tx, { accountId, patientId: me.id, relation: 'self', recordAccess: true, consentMethod: 'self' });
  const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
  await insertManager(tx, { accountId, patientId: child.id, relation: 'child', consentMethod: 'guardian', createdAt: later(1) });
  await insertManager(tx, { accountId, patientId: mother.id, relation: 'parent', recordAccess: true, consentMethod: 'sms', createdAt: later(2) });
  await insertCard(tx, me.id, 'XL20240001');

  const content = { address: '北京市海淀区学院路30号', pastHistory: '2019 年腹腔镜胆囊切除术', allergies: ['青霉素'], chronicConditions: ['高血压'], medications: ['氨氯地平 5mg 每日一次'], familyHistory: '父亲 2 型糖尿病' };
  await tx.insert(healthRecords).values({
    patientId: me.id,
    heightCm: 175,
    weightKg: 78,
    bloodType: 'A',
    contentEnc: p.cipher.encrypt(JSON.stringify(content), fieldContext('health_records', 'content', me.id)),
    version: 1,
    updatedAt: now,
    updatedByKind: 'patient',
    updatedById: accountId,
  });
  await tx.insert(healthRecordVersions).values({
    patientId: me.id,
    version: 1,
    changedAt: now,
    changedByKind: 'patient',
    changedById: accountId,
    fields: ['heightCm', 'weightKg', 'bloodType', 'address', 'pastHistory', 'allergies', 'chronicConditions', 'medications', 'familyHistory'],
    snapshotEnc: p.cipher.encrypt(JSON.stringify({ heightCm: 175, weightKg: 78, bloodType: 'A', ...content }), fieldContext('health_record_versions', 'snapshot', `${me.id}:1`)),
  });
  const doctor = await findDoctorByCode(tx, 'd001');
  if (doctor) {
    await tx.insert(careRelationships).values({ patientId: me.id, doctorId: doctor.id, source: 'patient_grant', validFrom: now, validUntil: new Date(now.getTime() + 30 * 86_400_000), createdBy: accountId });
  }
  return 3;
}
