import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { departments, doctors } from '../catalog/tables';
import { slots } from '../schedule/tables';
import { bookingTransfers, bookings, transferQuotas } from './tables';

export type TransferRow = typeof bookingTransfers.$inferSelect;

/** Null when the booking already has a pending offer (partial unique index). */
export async function insertTransfer(tx: Executor, row: typeof bookingTransfers.$inferInsert) {
  const [r] = await tx.insert(bookingTransfers).values(row).onConflictDoNothing().returning();
  return r ?? null;
}

export async function findTransfer(tx: Executor, id: string) {
  const [r] = await tx.select().from(bookingTransfers).where(eq(bookingTransfers.id, id));
  return r ?? null;
}

/** Moves a pending offer on; only one of racing accept/decline/cancel calls wins. */
export async function decideTransfer(tx: Executor, id: string, to: string, at: Date, newBookingId?: string) {
  const [r] = await tx
    .update(bookingTransfers)
    .set({ status: to, decidedAt: at, ...(newBookingId ? { newBookingId } : {}) })
    .where(and(eq(bookingTransfers.id, id), eq(bookingTransfers.status, 'pending')))
    .returning();
  return r ?? null;
}

export async function expirePendingTransfers(tx: Executor, now: Date) {
  return tx
    .update(bookingTransfers)
    .set({ status: 'expired', decidedAt: now })
    .where(and(eq(bookingTransfers.status, 'pending'), lt(bookingTransfers.expiresAt, now)))
    .returning({ id: bookingTransfers.id });
}

export async function cancelPendingForBooking(tx: Executor, bookingId: string, at: Date) {
  await tx.update(bookingTransfers).set({ status: 'cancelled', decidedAt: at }).where(and(eq(bookingTransfers.bookingId, bookingId), eq(bookingTransfers.status, 'pending')));
}

/** Counts a completed transfer against the giver's month unless the limit is reached. */
export async function useTransferQuota(tx: Executor, accountId: string, month: string, max: number): Promise<boolean> {
  await tx.insert(transferQuotas).values({ accountId, month, used: 0 }).onConflictDoNothing();
  const rows = await tx
    .update(transferQuotas)
    .set({ used: sql`${transferQuotas.used} + 1` })
    .where(and(eq(transferQuotas.accountId, accountId), eq(transferQuotas.month, month), lt(transferQuotas.used, max)))
    .returning({ used: transferQuotas.used });
  return rows.length === 1;
}

export async function quotaUsed(tx: Executor, accountId: string, month: string): Promise<number> {
  const [r] = await tx.select({ used: transferQuotas.used }).from(transferQuotas).where(and(eq(transferQuotas.accountId, accountId), eq(transferQuotas.month, month)));
  return r?.used ?? 0;
}

export async function transfersOfAccount(tx: Executor, accountId: string) {
  return tx
    .select({ t: bookingTransfers, doctorName: doctors.name, departmentName: departments.name, startsAt: slots.startsAt })
    .from(bookingTransfers)
    .innerJoin(bookings, eq(bookings.id, bookingTransfers.bookingId))
    .innerJoin(slots, eq(slots.id, bookings.slotId))
    .innerJoin(doctors, eq(doctors.id, bookings.doctorId))
    .innerJoin(departments, eq(departments.id, bookings.departmentId))
    .where(or(eq(bookingTransfers.fromAccountId, accountId), eq(bookingTransfers.toAccountId, accountId)))
    .orderBy(desc(bookingTransfers.createdAt))
    .limit(50);
}
