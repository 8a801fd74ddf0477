import { hash } from '@node-rs/argon2';
import type { Tx } from '../../db/client';
import { findStaffByUsername, insertStaff } from './repository';

/** Demo staff accounts; docs/demo-accounts.md lists them. Never seeded in production. */
export const DEMO_STAFF = [
  { username: 'admin', password: 'Xinglin-Admin-2026!', displayName: '系统管理员', role: 'admin' as const },
  { username: 'auditor', password: 'Xinglin-Audit-2026!', displayName: '审计员 孙静', role: 'auditor' as const },
  { username: 'pharmacist', password: 'Xinglin-Pharm-2026!', displayName: '药师 周敏', role: 'pharmacist' as const },
  { username: 'doctor', password: 'Xinglin-Doctor-2026!', displayName: '陈志明 医生', role: 'doctor' as const },
];

export async function seedStaff(tx: Tx): Promise<number> {
  let added = 0;
  for (const s of DEMO_STAFF) {
    if (await findStaffByUsername(tx, s.username)) continue;
    added++;
    await insertStaff(tx, { username: s.username, passwordHash: await hash(s.password), displayName: s.displayName, role: s.role });
  }
  return added;
}
