import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../auth/tables';
import { patients } from '../patients/tables';

const at = (name?: string) => (name ? timestamp(name, { withTimezone: true }) : timestamp({ withTimezone: true }));

/**
 * 订单: what a patient owes for one thing (a booking's fee, a consultation, an exam, an outpatient bill). Amounts in
 * integer fen. The status column only moves along the state machine (domain.ts); a trigger refuses anything else.
 */
export const orders = pgTable(
  'orders',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** out_trade_no at the channel. */
    orderNo: text().notNull().unique(),
    source: text().notNull(),
    sourceId: text().notNull(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id),
    patientId: uuid()
      .notNull()
      .references(() => patients.id),
    description: text().notNull(),
    status: text().notNull().default('pending'),
    totalFen: integer().notNull(),
    refundedFen: integer().notNull().default(0),
    /** The channel of the last pay request; a paid order's refunds go back there. */
    channel: text(),
    /** The payment that paid the order (payments.id); other captured payments are refunded. */
    paymentId: uuid(),
    transactionId: text(),
    paidAt: at(),
    payingSince: at(),
    closedAt: at(),
    expiresAt: at().notNull(),
    createdAt: at().notNull(),
    updatedAt: at().notNull(),
  },
  (t) => [
    // One live order per thing paid for; a closed one may be followed by a new one.
    uniqueIndex('orders_source_live_uq').on(t.source, t.sourceId).where(sql`${t.status} <> 'closed'`),
    index('orders_account_idx').on(t.accountId, t.createdAt),
    index('orders_status_idx').on(t.status, t.expiresAt),
    check('orders_amounts', sql`${t.totalFen} >= 0 and ${t.refundedFen} >= 0 and ${t.refundedFen} <= ${t.totalFen}`),
  ],
);

export const orderItems = pgTable(
  'order_items',
  {
    orderId: uuid()
      .notNull()
      .references(() => orders.id),
    position: integer().notNull(),
    name: text().notNull(),
    category: text().notNull(),
    quantity: integer().notNull(),
    unitFen: integer().notNull(),
    amountFen: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.position] }), check('order_items_amount', sql`${t.quantity} > 0 and ${t.unitFen} >= 0 and ${t.amountFen} = ${t.quantity} * ${t.unitFen}`)],
);

/** Money the channel says it took: one row per channel transaction, however often it is reported. */
export const payments = pgTable(
  'payments',
  {
    id: uuid().primaryKey().defaultRandom(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id),
    channel: text().notNull(),
    transactionId: text().notNull(),
    amountFen: integer().notNull(),
    /** notification | query */
    via: text().notNull(),
    paidAt: at().notNull(),
    createdAt: at().notNull(),
  },
  (t) => [uniqueIndex('payments_transaction_uq').on(t.channel, t.transactionId), index('payments_order_idx').on(t.orderId)],
);

/**
 * 退款: written `requested` in the transaction that decides it (cancel, leave, transfer, expired hold, double payment);
 * the send-refunds job hands it to the channel; the channel's answer or notification completes it.
 */
export const refunds = pgTable(
  'refunds',
  {
    id: uuid().primaryKey().defaultRandom(),
    refundNo: text().notNull().unique(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id),
    paymentId: uuid()
      .notNull()
      .references(() => payments.id),
    channel: text().notNull(),
    amountFen: integer().notNull(),
    reason: text().notNull(),
    status: text().notNull().default('requested'),
    /** False for refunds of a payment that did not pay the order (double payment, paid after closing). */
    affectsOrder: boolean().notNull(),
    channelRefundId: text(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    nextAttemptAt: at().notNull(),
    createdAt: at().notNull(),
    succeededAt: at(),
  },
  (t) => [index('refunds_due_idx').on(t.status, t.nextAttemptAt), index('refunds_order_idx').on(t.orderId), check('refunds_amount', sql`${t.amountFen} > 0`)],
);

/** Idempotency-Key: the first answer to (account, key) is replayed for the same request and refused for another. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    accountId: uuid().notNull(),
    key: text().notNull(),
    requestHash: text().notNull(),
    statusCode: integer(),
    response: jsonb(),
    createdAt: at().notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.key] })],
);

/** Every notification received from a channel, verified or not, with what we made of it. */
export const paymentEvents = pgTable(
  'payment_events',
  {
    id: uuid().primaryKey().defaultRandom(),
    channel: text().notNull(),
    /** The channel's notification id (WeChat `id`, Alipay `notify_id`); repeats share it. */
    notificationId: text(),
    kind: text().notNull(),
    orderNo: text(),
    refundNo: text(),
    verified: boolean().notNull(),
    /** applied | duplicate | deferred | rejected */
    outcome: text().notNull(),
    error: text(),
    headers: jsonb().$type<Record<string, string>>().notNull().default({}),
    body: text().notNull(),
    receivedAt: at().notNull(),
  },
  (t) => [index('payment_events_order_idx').on(t.orderNo, t.receivedAt)],
);
