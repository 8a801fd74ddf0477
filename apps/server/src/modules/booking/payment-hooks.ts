/**
 * Where booking and payments meet (owned by the payments work). Booking calls the two hooks at the bottom from its
 * own transactions; payments calls the readers and confirmPaidBooking from its own.
 */
import { and, eq } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client';
import { endOrderOf, type EndOutcome } from '../payments/refunds';
import { visitFacts } from './facts';
import { remindersPrefix, type VisitFacts } from './messages';
import { bookings } from './tables';
import { bookingView } from './views';

/** What an order for a booking needs: payer, patient, fee, the hold's end, and a description for the cashier. */
export async function payableBooking(tx: Tx, bookingId: string) {
  const v = await bookingView(tx, bookingId);
  if (!v) return null;
  const [row] = await tx.select({ accountId: bookings.accountId }).from(bookings).where(eq(bookings.id, bookingId));
  return { view: v, accountId: row!.accountId, description: `挂号费 ${v.departmentName} ${v.doctorName} ${v.date}` };
}

/**
 * A held booking becomes confirmed (holdExpiresAt cleared) in the payment's transaction. A hold past its time that
 * the expiry job has not released yet still owns its place, so it is confirmed too. False when the booking is no
 * longer held (expired, cancelled…): the caller refunds the payment.
 */
export async function confirmPaidBooking(tx: Executor, bookingId: string): Promise<boolean> {
  const rows = await tx
    .update(bookings)
    .set({ status: 'confirmed', holdExpiresAt: null })
    .where(and(eq(bookings.id, bookingId), eq(bookings.status, 'held')))
    .returning({ id: bookings.id });
  return rows.length === 1;
}

export const bookingFacts = (tx: Tx, bookingId: string, accountId: string): Promise<VisitFacts> => visitFacts(tx, bookingId, accountId);
export { remindersPrefix };

/**
 * HOOK for booking: call in the transaction that ends a booking which may have been paid — cancel (service.ts),
 * a doctor's leave (staff-sessions.ts stop), the giver's side of a transfer (transfer.ts accept). A paid order is
 * refunded in full to its original channel (sent by the send-refunds job); an unpaid one closes.
 */
export function refundForBooking(tx: Tx, bookingId: string, reason: string, at: Date): Promise<EndOutcome> {
  return endOrderOf(tx, 'booking', bookingId, reason, at);
}

/** HOOK for booking's expireHolds: the expired hold's unpaid order closes (one at the cashier is checked first). */
export function closeOrderForExpiredBooking(tx: Tx, bookingId: string, at: Date): Promise<EndOutcome> {
  return endOrderOf(tx, 'booking', bookingId, '号源已过期', at);
}
