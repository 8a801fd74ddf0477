import { and, desc, eq, gt, gte, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { accountIdentities, accounts, sessions, smsCodes, staffUsers } from './tables';

export type SessionRow = typeof sessions.$inferSelect;
export type NewSession = typeof sessions.$inferInsert;

/** Serialises concurrent requests for the same phone inside one transaction (PGlite and PostgreSQL alike). */
export async function lockPhone(tx: Executor, phoneIndex: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sms:${phoneIndex}`}))`);
}

export async function countSmsSince(tx: Executor, phoneIndex: string, since: Date): Promise<number> {
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(smsCodes)
    .where(and(eq(smsCodes.phoneIndex, phoneIndex), gte(smsCodes.createdAt, since)));
  return Number(row?.count ?? 0);
}

export async function lastSmsSentAt(tx: Executor, phoneIndex: string): Promise<Date | null> {
  const [row] = await tx
    .select({ createdAt: smsCodes.createdAt })
    .from(smsCodes)
    .where(eq(smsCodes.phoneIndex, phoneIndex))
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
export async function latestSmsCode(tx: Executor, phoneIndex: string, purpose: string) {
  const [row] = await tx
    .select()
    .from(smsCodes)
    .where(and(eq(smsCodes.phoneIndex, phoneIndex), eq(smsCodes.purpose, purpose)))
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

/** One person = one account: a second login with the same phone finds the first account. */
export async function upsertAccountByPhone(tx: Executor, row: { id: string; phoneIndex: string; phoneEnc: string; displayName: string }, now: Date) {
  const [account] = await tx
    .insert(accounts)
    .values({ ...row, lastLoginAt: now })
    .onConflictDoUpdate({ target: accounts.phoneIndex, set: { lastLoginAt: now } })
    .returning();
  return account!;
}

export async function findAccountByPhoneIndex(tx: Executor, phoneIndex: string) {
  const [row] = await tx.select().from(accounts).where(eq(accounts.phoneIndex, phoneIndex));
  return row ?? null;
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

export async function touchSession(tx: Executor, id: string, at: Date): Promise<void> {
  await tx.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
}

export async function recordStaffFailure(tx: Executor, id: string): Promise<number> {
  const [row] = await tx
    .update(staffUsers)
    .set({ failedAttempts: sql`${staffUsers.failedAttempts} + 1` })
    .where(eq(staffUsers.id, id))
    .returning({ failedAttempts: staffUsers.failedAttempts });
  return row?.failedAttempts ?? 0;
}

export async function lockStaff(tx: Executor, id: string, until: Date): Promise<void> {
  // The counter restarts once the lock is in place: after it expires the staff member gets five fresh tries.
  await tx.update(staffUsers).set({ lockedUntil: until, failedAttempts: 0 }).where(eq(staffUsers.id, id));
}

export async function recordStaffSuccess(tx: Executor, id: string, at: Date, totpStep: number): Promise<void> {
  await tx.update(staffUsers).set({ failedAttempts: 0, lockedUntil: null, lastLoginAt: at, totpLastStep: totpStep }).where(eq(staffUsers.id, id));
}

export async function findIdentity(tx: Executor, provider: string, subject: string, unionId: string | undefined) {
  const [bySubject] = await tx.select().from(accountIdentities).where(and(eq(accountIdentities.provider, provider), eq(accountIdentities.subject, subject)));
  if (bySubject || !unionId) return bySubject ?? null;
  // The same person in another mini program of the hospital's WeChat open platform shares the unionid.
  const [byUnion] = await tx.select().from(accountIdentities).where(eq(accountIdentities.unionId, unionId)).limit(1);
  return byUnion ?? null;
}

export async function linkIdentity(tx: Executor, row: typeof accountIdentities.$inferInsert): Promise<void> {
  await tx.insert(accountIdentities).values(row).onConflictDoNothing();
}
