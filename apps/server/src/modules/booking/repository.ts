import { and, asc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { accountOpenBookings, bookingSuspensions, bookings, patientDayDepartments, patientDays, sessionCounters } from './tables';

export type BookingRow = typeof bookings.$inferSelect;

export async function nextVisitNo(tx: Executor, sessionId: string): Promise<number> {
  const [row] = await tx
    .insert(sessionCounters)
    .values({ sessionId, issued: 1 })
    .onConflictDoUpdate({ target: sessionCounters.sessionId, set: { issued: sql`${sessionCounters.issued} + 1` } })
    .returning({ issued: sessionCounters.issued });
  return row!.issued;
}

/** Counts a new department for the patient's day unless it would be the fourth; false means the limit is hit. */
export async function enterDepartment(tx: Executor, patientId: string, date: string, departmentId: string, maxDepartments: number): Promise<boolean> {
  const [dept] = await tx
    .insert(patientDayDepartments)
    .values({ patientId, date, departmentId, bookings: 1 })
    .onConflictDoUpdate({ target: [patientDayDepartments.patientId, patientDayDepartments.date, patientDayDepartments.departmentId], set: { bookings: sql`${patientDayDepartments.bookings} + 1` } })
    .returning({ bookings: patientDayDepartments.bookings });
  if (dept!.bookings > 1) return true;
  if (maxDepartments < 1) return false;
  // Creates the day's row or counts one more department on it, only below the limit: one statement, and no row
  // back means the limit is hit.
  const rows = await tx
    .insert(patientDays)
    .values({ patientId, date, departments: 1 })
    .onConflictDoUpdate({ target: [patientDays.patientId, patientDays.date], set: { departments: sql`${patientDays.departments} + 1` }, setWhere: lt(patientDays.departments, maxDepartments) })
    .returning({ n: patientDays.departments });
  return rows.length === 1;
}

export async function leaveDepartment(tx: Executor, patientId: string, date: string, departmentId: string): Promise<void> {
  const key = and(eq(patientDayDepartments.patientId, patientId), eq(patientDayDepartments.date, date), eq(patientDayDepartments.departmentId, departmentId));
  const [dept] = await tx.update(patientDayDepartments).set({ bookings: sql`${patientDayDepartments.bookings} - 1` }).where(key).returning({ bookings: patientDayDepartments.bookings });
  if (dept && dept.bookings <= 0) {
    await tx.delete(patientDayDepartments).where(key);
    await tx.update(patientDays).set({ departments: sql`greatest(${patientDays.departments} - 1, 0)` }).where(and(eq(patientDays.patientId, patientId), eq(patientDays.date, date)));
  }
}

/** One more open booking for the account, only below `max` (its row is created on the first); false at the limit. */
export async function openBooking(tx: Executor, accountId: string, max: number): Promise<boolean> {
  if (max < 1) return false;
  const rows = await tx
    .insert(accountOpenBookings)
    .values({ accountId, open: 1 })
    .onConflictDoUpdate({ target: accountOpenBookings.accountId, set: { open: sql`${accountOpenBookings.open} + 1` }, setWhere: lt(accountOpenBookings.open, max) })
    .returning({ open: accountOpenBookings.open });
  return rows.length === 1;
}

export async function closeBooking(tx: Executor, accountId: string): Promise<void> {
  await tx.update(accountOpenBookings).set({ open: sql`greatest(${accountOpenBookings.open} - 1, 0)` }).where(eq(accountOpenBookings.accountId, accountId));
}

/** Null when the patient already holds a booking with this doctor that day (the partial unique index). */
export async function insertBooking(tx: Executor, row: typeof bookings.$inferInsert): Promise<BookingRow | null> {
  const [inserted] = await tx.insert(bookings).values(row).onConflictDoNothing().returning();
  return inserted ?? null;
}

/** Moves a booking out of an active state; only one of several racing cancels or expiries gets the row. */
export async function endBooking(tx: Executor, id: string, from: string[], to: string, at: Date): Promise<BookingRow | null> {
  const [row] = await tx
    .update(bookings)
    .set({ status: to, cancelledAt: at })
    .where(and(eq(bookings.id, id), inArray(bookings.status, from)))
    .returning();
  return row ?? null;
}

export async function expiredHolds(tx: Executor, now: Date, limit: number) {
  return tx
    .select({ id: bookings.id })
    .from(bookings)
    .where(and(eq(bookings.status, 'held'), lt(bookings.holdExpiresAt, now)))
    .orderBy(asc(bookings.holdExpiresAt))
    .limit(limit);
}

export async function findBooking(tx: Executor, id: string) {
  const [row] = await tx.select().from(bookings).where(eq(bookings.id, id));
  return row ?? null;
}


/** True exactly once per booking: the caller then takes it off the account's open count. */
export async function uncountOpen(tx: Executor, bookingId: string): Promise<boolean> {
  const rows = await tx.update(bookings).set({ openCounted: false }).where(and(eq(bookings.id, bookingId), eq(bookings.openCounted, true))).returning({ id: bookings.id });
  return rows.length === 1;
}

export async function suspendedUntil(tx: Executor, patientId: string, now: Date): Promise<Date | null> {
  const [row] = await tx.select({ until: bookingSuspensions.until }).from(bookingSuspensions).where(and(eq(bookingSuspensions.patientId, patientId), gt(bookingSuspensions.until, now)));
  return row?.until ?? null;
}

export async function activeOfSession(tx: Executor, sessionId: string) {
  return tx.select().from(bookings).where(and(eq(bookings.sessionId, sessionId), inArray(bookings.status, ['held', 'confirmed', 'checked_in', 'called'])));
}
