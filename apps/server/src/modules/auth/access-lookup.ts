import { and, gt, isNull, sql, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accounts, sessions, staffUsers } from './tables';

// Lookups in flight at once (the rest of the pool stays free for the requests' own work), and tokens per statement.
const MAX_IN_FLIGHT = 3;
const MAX_BATCH = 256;

/**
 * The indexed read behind every authenticated request (decision 0001): the live session by its access-token hash
 * together with whom it belongs to, one statement, no transaction. Tokens that arrive in the same turn of the
 * event loop, or while lookups are in flight, are looked up together (`= any(...)`), so a rush of thousands of
 * requests costs dozens of round trips instead of thousands. No timer holds a request back to wait for company.
 * Each token is still read from the database when its request arrives, so a revoked session ends immediately.
 */
export function accessLookup(db: Db, now: () => Date) {
  const statement = db
    .select({
      session: sessions,
      account: { id: accounts.id, displayName: accounts.displayName, phoneEnc: accounts.phoneEnc },
      staff: { id: staffUsers.id, displayName: staffUsers.displayName, role: staffUsers.role, disabledAt: staffUsers.disabledAt },
    })
    .from(sessions)
    .leftJoin(accounts, eq(accounts.id, sessions.accountId))
    .leftJoin(staffUsers, eq(staffUsers.id, sessions.staffId))
    .where(and(sql`${sessions.accessHash} = any(${sql.placeholder('hashes')}::text[])`, isNull(sessions.revokedAt), gt(sessions.accessExpiresAt, sql.placeholder('now'))))
    .prepare('auth_access_lookup');
  type Row = Awaited<ReturnType<typeof statement.execute>>[number];
  type Waiter = { resolve: (row: Row | null) => void; reject: (e: unknown) => void };

  const pending = new Map<string, Waiter[]>();
  let inFlight = 0;
  let scheduled = false;

  function flush() {
    while (inFlight < MAX_IN_FLIGHT && pending.size > 0) {
      const batch = new Map<string, Waiter[]>();
      for (const [hash, waiters] of pending) {
        batch.set(hash, waiters);
        pending.delete(hash);
        if (batch.size >= MAX_BATCH) break;
      }
      inFlight++;
      statement
        .execute({ hashes: [...batch.keys()], now: now().toISOString() })
        .then(
          (rows) => {
            const found = new Map(rows.map((r) => [r.session.accessHash, r]));
            for (const [hash, waiters] of batch) for (const w of waiters) w.resolve(found.get(hash) ?? null);
          },
          (e: unknown) => {
            for (const waiters of batch.values()) for (const w of waiters) w.reject(e);
          },
        )
        .finally(() => {
          inFlight--;
          flush();
        });
    }
  }

  return (accessHash: string) =>
    new Promise<Row | null>((resolve, reject) => {
      const waiters = pending.get(accessHash);
      if (waiters) waiters.push({ resolve, reject });
      else pending.set(accessHash, [{ resolve, reject }]);
      // Sent at the end of this turn of the event loop, with every other request that arrived in the same turn
      // (the embedded PGlite answers before the next request is even read, so only this gathers them there).
      if (!scheduled) {
        scheduled = true;
        setImmediate(() => {
          scheduled = false;
          flush();
        });
      }
    });
}

export type AccessRow = NonNullable<Awaited<ReturnType<ReturnType<typeof accessLookup>>>>;
