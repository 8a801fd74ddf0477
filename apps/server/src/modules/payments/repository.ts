import type { OrderStatus } from '@xinglin/contracts';
import { and, asc, desc, eq, inArray, lt, lte, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { allowedFrom } from './domain';
import { orderItems, orders, paymentEvents, payments, refunds } from './tables';

export type OrderRow = typeof orders.$inferSelect;
export type RefundRow = typeof refunds.$inferSelect;
export type PaymentRow = typeof payments.$inferSelect;

export async function insertOrder(tx: Executor, row: typeof orders.$inferInsert, items: Omit<typeof orderItems.$inferInsert, 'orderId' | 'position'>[]): Promise<OrderRow | null> {
  const [order] = await tx.insert(orders).values(row).onConflictDoNothing().returning();
  if (!order) return null;
  if (items.length) await tx.insert(orderItems).values(items.map((i, position) => ({ ...i, orderId: order.id, position })));
  return order;
}

export async function findOrder(tx: Executor, id: string): Promise<OrderRow | null> {
  const [row] = await tx.select().from(orders).where(eq(orders.id, id));
  return row ?? null;
}

export async function findOrderByNo(tx: Executor, orderNo: string): Promise<OrderRow | null> {
  const [row] = await tx.select().from(orders).where(eq(orders.orderNo, orderNo));
  return row ?? null;
}

/** The live (not closed) order of a booking, exam, bill… */
export async function liveOrderOf(tx: Executor, source: string, sourceId: string): Promise<OrderRow | null> {
  const [row] = await tx.select().from(orders).where(and(eq(orders.source, source), eq(orders.sourceId, sourceId), ne(orders.status, 'closed')));
  return row ?? null;
}

export const itemsOf = (tx: Executor, orderIds: string[]) =>
  orderIds.length ? tx.select().from(orderItems).where(inArray(orderItems.orderId, orderIds)).orderBy(asc(orderItems.orderId), asc(orderItems.position)) : Promise.resolve([]);

/**
 * The only way an order's status changes: conditional on being in a state the machine allows `to` from (and,
 * when given, in `from`). Null when another request got there first or the move is not allowed.
 */
export async function moveOrder(tx: Executor, id: string, to: OrderStatus, set: Partial<typeof orders.$inferInsert> & { updatedAt: Date }, from?: OrderStatus[]): Promise<OrderRow | null> {
  const allowed = allowedFrom(to).filter((s) => !from || from.includes(s));
  if (!allowed.length) return null;
  const [row] = await tx.update(orders).set({ ...set, status: to }).where(and(eq(orders.id, id), inArray(orders.status, allowed))).returning();
  return row ?? null;
}

/** Changes other columns only while the order is still in `status` (e.g. the channel of a paying order). */
export async function touchOrder(tx: Executor, id: string, status: OrderStatus[], set: Partial<typeof orders.$inferInsert>): Promise<OrderRow | null> {
  const [row] = await tx.update(orders).set(set).where(and(eq(orders.id, id), inArray(orders.status, status))).returning();
  return row ?? null;
}

export async function ordersOfAccount(tx: Executor, accountId: string, filter: { status?: string; source?: string; patientId?: string }, limit: number, offset: number) {
  const where = and(
    eq(orders.accountId, accountId),
    filter.status ? eq(orders.status, filter.status) : undefined,
    filter.source ? eq(orders.source, filter.source) : undefined,
    filter.patientId ? eq(orders.patientId, filter.patientId) : undefined,
  );
  const rows = await tx.select().from(orders).where(where).orderBy(desc(orders.createdAt)).limit(limit).offset(offset);
  const [count] = await tx.select({ n: sql<number>`count(*)::int` }).from(orders).where(where);
  return { rows, total: Number(count?.n ?? 0) };
}

/** Null when this channel transaction was already recorded: the caller has nothing more to do. */
export async function insertPayment(tx: Executor, row: typeof payments.$inferInsert): Promise<PaymentRow | null> {
  const [p] = await tx.insert(payments).values(row).onConflictDoNothing().returning();
  return p ?? null;
}

export async function findPayment(tx: Executor, id: string): Promise<PaymentRow | null> {
  const [p] = await tx.select().from(payments).where(eq(payments.id, id));
  return p ?? null;
}

export async function insertRefund(tx: Executor, row: typeof refunds.$inferInsert): Promise<RefundRow> {
  const [r] = await tx.insert(refunds).values(row).returning();
  return r!;
}

export async function findRefundByNo(tx: Executor, refundNo: string): Promise<RefundRow | null> {
  const [r] = await tx.select().from(refunds).where(eq(refunds.refundNo, refundNo));
  return r ?? null;
}

export const refundsOfOrder = (tx: Executor, orderId: string) => tx.select().from(refunds).where(eq(refunds.orderId, orderId)).orderBy(asc(refunds.createdAt));

/** Refunds to hand to the channel: never sent, or sent without an answer for a while (the channel dedupes by refund no). */
export const dueRefunds = (tx: Executor, now: Date, limit: number, orderIds?: string[]) =>
  tx
    .select()
    .from(refunds)
    .where(and(inArray(refunds.status, ['requested', 'processing']), lte(refunds.nextAttemptAt, now), orderIds ? inArray(refunds.orderId, orderIds) : undefined))
    .orderBy(asc(refunds.nextAttemptAt))
    .limit(limit);

export async function moveRefund(tx: Executor, id: string, from: string[], set: Partial<typeof refunds.$inferInsert>): Promise<RefundRow | null> {
  const [r] = await tx.update(refunds).set(set).where(and(eq(refunds.id, id), inArray(refunds.status, from))).returning();
  return r ?? null;
}

/** Paying orders not heard of for a while, and unpaid orders past their time. */
export const stalePaying = (tx: Executor, before: Date, limit: number, orderIds?: string[]) =>
  tx
    .select()
    .from(orders)
    .where(and(eq(orders.status, 'paying'), lt(orders.payingSince, before), orderIds ? inArray(orders.id, orderIds) : undefined))
    .orderBy(asc(orders.payingSince))
    .limit(limit);
export const expiredUnpaid = (tx: Executor, now: Date, limit: number, orderIds?: string[]) =>
  tx
    .select()
    .from(orders)
    .where(and(inArray(orders.status, ['pending', 'paying']), lte(orders.expiresAt, now), orderIds ? inArray(orders.id, orderIds) : undefined))
    .orderBy(asc(orders.expiresAt))
    .limit(limit);

export async function insertEvent(tx: Executor, row: typeof paymentEvents.$inferInsert): Promise<void> {
  await tx.insert(paymentEvents).values(row);
}
