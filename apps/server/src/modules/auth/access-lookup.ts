import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accounts, sessions, staffUsers } from './tables';

/**
 * The one indexed read behind every authenticated request (decision 0001): the live session by its access-token
 * hash together with whom it belongs to, in a single statement outside any transaction. Prepared once per
 * database handle, so the hot path neither rebuilds the SQL nor has PostgreSQL re-plan it.
 */
export function accessLookup(db: Db) {
  const statement = db
    .select({
      session: sessions,
      account: { id: accounts.id, displayName: accounts.displayName, phoneEnc: accounts.phoneEnc },
      staff: { id: staffUsers.id, displayName: staffUsers.displayName, role: staffUsers.role, disabledAt: staffUsers.disabledAt },
    })
    .from(sessions)
    .leftJoin(accounts, eq(accounts.id, sessions.accountId))
    .leftJoin(staffUsers, eq(staffUsers.id, sessions.staffId))
    .where(and(eq(sessions.accessHash, sql.placeholder('hash')), isNull(sessions.revokedAt), gt(sessions.accessExpiresAt, sql.placeholder('now'))))
    .prepare('auth_access_lookup');
  return async (accessHash: string, now: Date) => {
    const [row] = await statement.execute({ hash: accessHash, now: now.toISOString() });
    return row ?? null;
  };
}

export type AccessRow = NonNullable<Awaited<ReturnType<ReturnType<typeof accessLookup>>>>;
