import { and, desc, eq, gt, gte, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { accounts, sessions, smsCodes, staffUsers } from './tables';

export type SessionRow = typeof sessions.$inferSelect;
export type NewSession = typeof sessions.$inferInsert;

/** Serialises concurrent requests for the same phone inside one transaction (PGlite and PostgreSQL alike). */
export async function lockPhone(tx: Executor, phone: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sms:${phone}`}))`);
}

export async function countSmsSince(tx: Executor, phone: string, since: Date): Promise<number> {
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(smsCodes)
    .where(and(eq(smsCodes.phone, phone), gte(smsCodes.createdAt, since)));
  return Number(row?.count ?? 0);
}

export async function lastSmsSentAt(tx: Executor, phone: string): Promise<Date | null> {
  const [row] = await tx
    .select({ createdAt: smsCodes.createdAt })
    .from(smsCodes)
    .where(eq(smsCodes.phone, phone))
    .orderBy(desc(smsCodes.createdAt))
    .limit(1);
  return row?.createdAt ?? null;
}

export async function insertSmsCode(tx: Executor, row: typeof smsCodes.$inferInsert) {
  const [inserted] = await tx.insert(smsCodes).values(row).returning({ id: smsCodes.id });
  return inserted!;
}

export async function deleteSmsCode(tx: Executor, id: string): Promise<void> {
  await tx.delete(smsCodes).where(eq(smsCodes.id, id));
}

/** The newest code still usable; an older code stops counting once a newer one is sent. */
export async function latestSmsCode(tx: Executor, phone: string, purpose: string) {
  const [row] = await tx
    .select()
    .from(smsCodes)
    .where(and(eq(smsCodes.phone, phone), eq(smsCodes.purpose, purpose)))
    .orderBy(desc(smsCodes.createdAt))
    .limit(1);
  return row ?? null;
}

export async function incrementAttempts(tx: Executor, id: string): Promise<number> {
  const [row] = await tx
    .update(smsCodes)
    .set({ attempts: sql`${smsCodes.attempts} + 1` })
    .where(eq(smsCodes.id, id))
    .returning({ attempts: smsCodes.attempts });
  return row?.attempts ?? Number.MAX_SAFE_INTEGER;
}

/** Conditional update: of two concurrent uses of one code only one succeeds. */
export async function consumeSmsCode(tx: Executor, id: string, now: Date): Promise<boolean> {
  const rows = await tx
    .update(smsCodes)
    .set({ consumedAt: now })
    .where(and(eq(smsCodes.id, id), isNull(smsCodes.consumedAt)))
    .returning({ id: smsCodes.id });
  return rows.length === 1;
}

export async function upsertAccountByPhone(tx: Executor, phone: string, displayName: string, now: Date) {
  const [row] = await tx
    .insert(accounts)
    .values({ phone, displayName, lastLoginAt: now })
    .onConflictDoUpdate({ target: accounts.phone, set: { lastLoginAt: now } })
    .returning();
  return row!;
}

export async function findAccount(tx: Executor, id: string) {
  const [row] = await tx.select().from(accounts).where(eq(accounts.id, id));
  return row ?? null;
}

export async function findStaffByUsername(tx: Executor, username: string) {
  const [row] = await tx.select().from(staffUsers).where(eq(staffUsers.username, username));
  return row ?? null;
}

export async function findStaff(tx: Executor, id: string) {
  const [row] = await tx.select().from(staffUsers).where(eq(staffUsers.id, id));
  return row ?? null;
}

export async function insertStaff(tx: Executor, row: typeof staffUsers.$inferInsert) {
  await tx.insert(staffUsers).values(row).onConflictDoNothing({ target: staffUsers.username });
}

export async function insertSession(tx: Executor, row: NewSession): Promise<SessionRow> {
  const [inserted] = await tx.insert(sessions).values(row).returning();
  return inserted!;
}

export async function findLiveSessionByAccess(tx: Executor, accessHash: string, now: Date) {
  const [row] = await tx
    .select()
    .from(sessions)
    .where(and(eq(sessions.accessHash, accessHash), isNull(sessions.revokedAt), gt(sessions.accessExpiresAt, now)));
  return row ?? null;
}

export async function findSessionByRefresh(tx: Executor, refreshHash: string) {
  const [row] = await tx.select().from(sessions).where(eq(sessions.refreshHash, refreshHash));
  return row ?? null;
}

export async function findSessionByPreviousRefresh(tx: Executor, refreshHash: string) {
  const [row] = await tx.select().from(sessions).where(eq(sessions.previousRefreshHash, refreshHash));
  return row ?? null;
}

/** Rotation is a compare-and-set on the presented refresh token: a racing second use finds nothing. */
export async function rotateSession(
  tx: Executor,
  id: string,
  presentedRefreshHash: string,
  next: Pick<SessionRow, 'accessHash' | 'accessExpiresAt' | 'refreshHash' | 'refreshExpiresAt' | 'rotatedAt'>,
): Promise<SessionRow | null> {
  const [row] = await tx
    .update(sessions)
    .set({ ...next, previousRefreshHash: presentedRefreshHash })
    .where(and(eq(sessions.id, id), eq(sessions.refreshHash, presentedRefreshHash), isNull(sessions.revokedAt)))
    .returning();
  return row ?? null;
}

export async function revokeSession(tx: Executor, id: string, reason: string, now: Date): Promise<void> {
  await tx
    .update(sessions)
    .set({ revokedAt: now, revokeReason: reason })
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)));
}
