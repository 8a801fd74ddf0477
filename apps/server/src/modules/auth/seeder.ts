import { hash } from '@node-rs/argon2';
import type { Tx } from '../../db/client';
import { insertStaff } from './repository';

/** Demo staff accounts; docs/demo-accounts.md lists them. Never seeded in production. */
export const DEMO_STAFF = [{ username: 'admin', password: 'Xinglin-Admin-2026!', displayName: '系统管理员', role: 'admin' as const }];

export async function seedStaff(tx: Tx): Promise<number> {
  for (const s of DEMO_STAFF) {
    await insertStaff(tx, { username: s.username, passwordHash: await hash(s.password), displayName: s.displayName, role: s.role });
  }
  return DEMO_STAFF.length;
}
