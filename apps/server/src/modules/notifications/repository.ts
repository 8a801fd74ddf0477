import { and, asc, count, desc, eq, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { bulkInsert, recordsetInsert } from '../../db/bulk-insert';
import { queryRows, type Executor } from '../../db/client';
import { accountIdentities, accounts } from '../auth/tables';
import { inappMessages, notificationOutbox, type ChannelState, type OutboxStatus } from './tables';

export type OutboxRow = typeof notificationOutbox.$inferSelect;
export type InappRow = typeof inappMessages.$inferSelect;

/** A repeated dedupe key is a no-op: the first enqueue wins. */
export type OutboxInsert = typeof notificationOutbox.$inferInsert;

const OUTBOX_COLUMNS = ['accountId', 'patientId', 'kind', 'title', 'body', 'link', 'data', 'dedupeKey', 'inapp', 'wechat', 'sms', 'nextAttemptAt', 'createdAt'] satisfies (keyof OutboxInsert)[];

/**
 * insertOutbox as part of a caller's own statement (a batch of lab results written in one): the rows come from
 * `source`, a JSON array (a placeholder of a statement built once); dedupe as in insertOutbox.
 */
export function outboxInsertFrom(source: SQL): SQL {
  return recordsetInsert(notificationOutbox, source, sql`on conflict (dedupe_key) do nothing returning 1`, { columns: OUTBOX_COLUMNS });
}

/** A message whose dedupe key is in the outbox already is not added again (replays, retries). */
export async function insertOutbox(tx: Executor, rows: OutboxInsert[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.insert(notificationOutbox).values(rows).onConflictDoNothing({ target: notificationOutbox.dedupeKey });
}

const cancelIfPending = (column: typeof notificationOutbox.inapp) => sql`case when ${column} = 'pending' then 'cancelled' else ${column} end`;

export async function cancelPendingByPattern(tx: Executor, likePattern: string, now: Date): Promise<number> {
  const rows = await tx
    .update(notificationOutbox)
    .set({
      status: 'cancelled',
      completedAt: now,
      inapp: cancelIfPending(notificationOutbox.inapp),
      wechat: cancelIfPending(notificationOutbox.wechat),
      sms: cancelIfPending(notificationOutbox.sms),
    })
    .where(and(eq(notificationOutbox.status, 'pending'), sql`${notificationOutbox.dedupeKey} like ${likePattern}`))
    .returning({ id: notificationOutbox.id });
  return rows.length;
}

/**
 * Due messages no other copy holds (SKIP LOCKED), leased to this caller: attempts counts up and the next attempt
 * moves past the lease, so after commit no other copy picks them until the lease ends.
 */
export async function claimDue(tx: Executor, now: Date, leaseUntil: Date, limit: number, accountIds?: string[]): Promise<OutboxRow[]> {
  const due = await tx
    .select({ id: notificationOutbox.id })
    .from(notificationOutbox)
    .where(and(eq(notificationOutbox.status, 'pending'), lte(notificationOutbox.nextAttemptAt, now), accountIds ? inArray(notificationOutbox.accountId, accountIds) : undefined))
    .orderBy(asc(notificationOutbox.nextAttemptAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  if (due.length === 0) return [];
  return tx
    .update(notificationOutbox)
    .set({ attempts: sql`${notificationOutbox.attempts} + 1`, nextAttemptAt: leaseUntil })
    .where(inArray(notificationOutbox.id, due.map((d) => d.id)))
    .returning();
}

export interface Addresses {
  phoneEnc: string | null;
  openid: string | null;
}

/** The phone (encrypted) and the latest mini-program openid of each account. */
export async function addressesOf(tx: Executor, accountIds: string[]): Promise<Map<string, Addresses>> {
  const out = new Map<string, Addresses>();
  if (accountIds.length === 0) return out;
  const phones = await tx.select({ id: accounts.id, phoneEnc: accounts.phoneEnc }).from(accounts).where(inArray(accounts.id, accountIds));
  for (const p of phones) out.set(p.id, { phoneEnc: p.phoneEnc, openid: null });
  const ids = await tx
    .select({ accountId: accountIdentities.accountId, subject: accountIdentities.subject })
    .from(accountIdentities)
    .where(and(inArray(accountIdentities.accountId, accountIds), eq(accountIdentities.provider, 'wechat_mp')))
    .orderBy(asc(accountIdentities.createdAt));
  for (const i of ids) {
    const a = out.get(i.accountId) ?? { phoneEnc: null, openid: null };
    out.set(i.accountId, { ...a, openid: i.subject });
  }
  return out;
}

export type InappInsert = typeof inappMessages.$inferInsert;

const INAPP_COLUMNS = ['outboxId', 'accountId', 'patientId', 'kind', 'title', 'body', 'link', 'createdAt'] satisfies (keyof InappInsert)[];

/**
 * The in-app messages of a claimed batch in one statement (one JSON parameter): at most one per outbox message,
 * whatever happens to retries.
 */
export async function insertInapp(tx: Executor, rows: InappInsert[]): Promise<void> {
  if (rows.length === 0) return;
  await queryRows(tx, bulkInsert(inappMessages, rows, sql`on conflict (outbox_id) do nothing`, { columns: INAPP_COLUMNS })!);
}

/** The ids as one JSON parameter: the statement's text is the same whatever the batch size. */
const idSet = (ids: string[]) => sql`(select value::uuid from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`;

export async function markInappSent(tx: Executor, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.update(notificationOutbox).set({ inapp: 'sent' }).where(sql`${notificationOutbox.id} in ${idSet(ids)}`);
}

export interface Outcome {
  wechat: ChannelState | null;
  sms: ChannelState | null;
  status: OutboxStatus;
  nextAttemptAt: Date;
  lastError: string | null;
  completedAt: Date | null;
  failInapp: boolean;
}

export interface OutcomeOf extends Outcome {
  id: string;
  /** The attempt this outcome belongs to (attempts after the claim). */
  attempts: number;
}

/**
 * Records the sends of a batch in one statement (the outcomes as one JSON parameter); each row only while the
 * message is still ours (not cancelled meanwhile, not re-claimed after the lease). Giving up fails a pending in-app.
 */
export async function recordOutcomes(tx: Executor, outcomes: OutcomeOf[]): Promise<void> {
  if (outcomes.length === 0) return;
  const json = JSON.stringify(outcomes.map((o) => ({ ...o, lastError: o.lastError && wellFormed(o.lastError) })));
  await queryRows(
    tx,
    sql`update notification_outbox o
           set wechat = r.wechat, sms = r.sms, status = r.status, next_attempt_at = r."nextAttemptAt", last_error = r."lastError",
               completed_at = r."completedAt", inapp = case when r."failInapp" and o.inapp = 'pending' then 'failed' else o.inapp end
          from jsonb_to_recordset(${json}::jsonb)
            as r(id uuid, attempts integer, wechat text, sms text, status text, "nextAttemptAt" timestamptz, "lastError" text, "completedAt" timestamptz, "failInapp" boolean)
         where o.id = r.id and o.status = 'pending' and o.attempts = r.attempts`,
  );
}

/**
 * A provider's error text with a lone UTF-16 surrogate would be an escape jsonb refuses, failing the whole batch's
 * outcome; as a parameter of its own it went in as U+FFFD, so it does here too.
 */
const wellFormed = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

export async function listInapp(tx: Executor, accountId: string, limit: number, offset: number): Promise<InappRow[]> {
  return tx
    .select()
    .from(inappMessages)
    .where(eq(inappMessages.accountId, accountId))
    .orderBy(desc(inappMessages.createdAt), desc(inappMessages.id))
    .limit(limit)
    .offset(offset);
}

export async function countInapp(tx: Executor, accountId: string): Promise<{ total: number; unread: number }> {
  const [row] = await tx
    .select({ total: count(), unread: sql<number>`count(*) filter (where ${inappMessages.readAt} is null)`.mapWith(Number) })
    .from(inappMessages)
    .where(eq(inappMessages.accountId, accountId));
  return { total: row?.total ?? 0, unread: row?.unread ?? 0 };
}

export async function findInapp(tx: Executor, accountId: string, id: string): Promise<InappRow | null> {
  const [row] = await tx.select().from(inappMessages).where(and(eq(inappMessages.id, id), eq(inappMessages.accountId, accountId)));
  return row ?? null;
}

export async function markRead(tx: Executor, accountId: string, id: string, now: Date): Promise<void> {
  await tx
    .update(inappMessages)
    .set({ readAt: now })
    .where(and(eq(inappMessages.id, id), eq(inappMessages.accountId, accountId), isNull(inappMessages.readAt)));
}

export async function markAllRead(tx: Executor, accountId: string, now: Date): Promise<number> {
  const rows = await tx
    .update(inappMessages)
    .set({ readAt: now })
    .where(and(eq(inappMessages.accountId, accountId), isNull(inappMessages.readAt)))
    .returning({ id: inappMessages.id });
  return rows.length;
}
