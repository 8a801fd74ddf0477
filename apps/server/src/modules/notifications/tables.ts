import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../auth/tables';

/**
 * Per-channel delivery state. `pending` waits for a send; `skipped` means the channel had no address (no openid,
 * no subscription); `failed` is a permanent refusal or attempts exhausted. Null: the channel was not asked for.
 */
export const CHANNEL_STATES = ['pending', 'sent', 'skipped', 'failed', 'cancelled'] as const;
export type ChannelState = (typeof CHANNEL_STATES)[number];

/** The message's own state: `pending` until no channel is pending; `dead` when attempts ran out. */
export const OUTBOX_STATUSES = ['pending', 'done', 'dead', 'cancelled'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

const channelState = (name: string) => text(name);
const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

/**
 * 通知发件箱: written in the transaction of the state change it announces, delivered later by a job. A message
 * exists iff the change committed; the dedupe key makes replays and retries no-ops.
 */
export const notificationOutbox = pgTable(
  'notification_outbox',
  {
    id: uuid().primaryKey().defaultRandom(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id),
    patientId: uuid(),
    kind: text().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    link: text(),
    data: jsonb().$type<Record<string, string>>().notNull().default({}),
    dedupeKey: text(),
    status: text().$type<OutboxStatus>().notNull().default('pending'),
    inapp: channelState('inapp').$type<ChannelState>(),
    wechat: channelState('wechat').$type<ChannelState>(),
    sms: channelState('sms').$type<ChannelState>(),
    attempts: integer().notNull().default(0),
    /** Due time; while a copy is sending it is pushed forward by the lease, so no other copy picks the row. */
    nextAttemptAt: timestamp({ withTimezone: true }).notNull(),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    completedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notification_outbox_dedupe_uq').on(t.dedupeKey),
    index('notification_outbox_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    check('notification_outbox_status_ck', sql`${t.status} in (${inList(OUTBOX_STATUSES)})`),
    check('notification_outbox_channels_ck', sql`${t.inapp} is not null or ${t.wechat} is not null or ${t.sms} is not null`),
  ],
);

/** 站内消息: what the message center shows; one per outbox message at most. */
export const inappMessages = pgTable(
  'inapp_messages',
  {
    id: uuid().primaryKey().defaultRandom(),
    outboxId: uuid()
      .notNull()
      .references(() => notificationOutbox.id),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id),
    patientId: uuid(),
    kind: text().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    link: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('inapp_messages_outbox_uq').on(t.outboxId),
    index('inapp_messages_account_idx').on(t.accountId, t.createdAt),
    index('inapp_messages_unread_idx').on(t.accountId).where(sql`${t.readAt} is null`),
  ],
);
