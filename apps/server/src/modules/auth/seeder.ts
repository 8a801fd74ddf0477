import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { Tx } from '../../db/client';
import { fieldContext, type Protection } from '../../security/protection';
import { findStaffByUsername, insertStaff } from './repository';

export type DoctorLookup = (code: string) => Promise<{ id: string; name: string } | null>;

/** Demo staff accounts; docs/demo-accounts.md lists them. Never seeded in production. */
export const DEMO_STAFF = [
  { username: 'admin', password: 'Xinglin-Admin-2026!', totp: 'XIIFNO3OXBGMPYMTTIZZBHY2EUYNNQQO', displayName: '系统管理员', role: 'admin' as const },
  { username: 'auditor', password: 'Xinglin-Audit-2026!', totp: 'SWG7FYAUI6GQG2ZC3IHXHGRT34NSYHFL', displayName: '审计员 孙静', role: 'auditor' as const },
  { username: 'pharmacist', password: 'Xinglin-Pharm-2026!', totp: 'B4DXIFXR3O5T5NENUMUW7ONC4TPY5FWP', displayName: '药师 周敏', role: 'pharmacist' as const },
  // The demo doctor is the catalogue's first doctor (d001), so booked patients and grants point at a real face.
  { username: 'doctor', password: 'Xinglin-Doctor-2026!', totp: 'BWCDKG3K3BYH4WCNEXA7VPLQDKE5BTDN', displayName: '', role: 'doctor' as const, doctorCode: 'd001' },
];

export async function seedStaff(tx: Tx, protection: Protection, findDoctor: DoctorLookup): Promise<number> {
  let added = 0;
  for (const s of DEMO_STAFF) {
    if (await findStaffByUsername(tx, s.username)) continue;
    const doctor = 'doctorCode' in s && s.doctorCode ? await findDoctor(s.doctorCode) : null;
    const id = randomUUID();
    await insertStaff(tx, {
      id,
      username: s.username,
      passwordHash: await hash(s.password),
      displayName: doctor ? doctor.name : s.displayName,
      surname: doctor ? doctor.name.slice(0, 1) : s.displayName.replace(/^.*\s/, '').slice(0, 1),
      role: s.role,
      doctorId: doctor?.id ?? null,
      totpSecretEnc: protection.cipher.encrypt(s.totp, fieldContext('staff_users', 'totp_secret', id)),
    });
    added++;
  }
  return added;
}
