import { and, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { doctors } from '../catalog/tables';
import { patients } from '../patients/tables';
import { slots } from '../schedule/tables';
import { bookingSuspensions, bookings, noShowAppeals } from './tables';

/** Paid bookings nobody checked in for, once their slot is over, become no-shows (爽约). */
export async function markNoShows(tx: Executor, now: Date, limit: number) {
  const due = tx.select({ id: bookings.id }).from(bookings).innerJoin(slots, eq(slots.id, bookings.slotId)).where(and(eq(bookings.status, 'confirmed'), lt(slots.endsAt, now))).limit(limit);
  return tx.update(bookings).set({ status: 'no_show' }).where(and(inArray(bookings.id, due), eq(bookings.status, 'confirmed'))).returning();
}

/** Bookings that stopped being open (completed, no-show, …) but still count against their account. */
export async function uncountedClosed(tx: Executor, limit: number) {
  return tx
    .select()
    .from(bookings)
    .where(and(eq(bookings.openCounted, true), inArray(bookings.status, ['completed', 'no_show', 'cancelled', 'expired', 'transferred', 'stopped'])))
    .limit(limit);
}

/** No-shows in the window that no approved appeal excused. */
export async function noShowsOf(tx: Executor, patientId: string, sinceDate: string) {
  return tx
    .select({ bookingId: bookings.id, date: bookings.date, doctorName: doctors.name, appeal: noShowAppeals })
    .from(bookings)
    .innerJoin(doctors, eq(doctors.id, bookings.doctorId))
    .leftJoin(noShowAppeals, eq(noShowAppeals.bookingId, bookings.id))
    .where(and(eq(bookings.patientId, patientId), eq(bookings.status, 'no_show'), gte(bookings.date, sinceDate)))
    .orderBy(desc(bookings.date));
}

export const countsAgainst = (r: { appeal: { status: string } | null }) => r.appeal?.status !== 'approved';

export async function suspend(tx: Executor, patientId: string, until: Date, reason: string, at: Date) {
  await tx
    .insert(bookingSuspensions)
    .values({ patientId, until, reason, createdAt: at })
    .onConflictDoUpdate({ target: bookingSuspensions.patientId, set: { until, reason, createdAt: at } });
}

export async function liftSuspension(tx: Executor, patientId: string) {
  await tx.delete(bookingSuspensions).where(eq(bookingSuspensions.patientId, patientId));
}

export async function suspensionOf(tx: Executor, patientId: string) {
  const [r] = await tx.select().from(bookingSuspensions).where(eq(bookingSuspensions.patientId, patientId));
  return r ?? null;
}

/** Null when this no-show already has an appeal (unique booking id). */
export async function insertAppeal(tx: Executor, row: typeof noShowAppeals.$inferInsert) {
  const [r] = await tx.insert(noShowAppeals).values(row).onConflictDoNothing().returning();
  return r ?? null;
}

export async function decideAppeal(tx: Executor, id: string, status: string, reviewedBy: string, note: string | null, at: Date) {
  const [r] = await tx
    .update(noShowAppeals)
    .set({ status, reviewedBy, reviewNote: note, reviewedAt: at })
    .where(and(eq(noShowAppeals.id, id), eq(noShowAppeals.status, 'pending')))
    .returning();
  return r ?? null;
}

export async function listAppeals(tx: Executor, status?: string) {
  return tx
    .select({ a: noShowAppeals, patientName: patients.name, doctorName: doctors.name, date: bookings.date })
    .from(noShowAppeals)
    .innerJoin(bookings, eq(bookings.id, noShowAppeals.bookingId))
    .innerJoin(patients, eq(patients.id, noShowAppeals.patientId))
    .innerJoin(doctors, eq(doctors.id, bookings.doctorId))
    .where(status ? eq(noShowAppeals.status, status) : (undefined as SQL | undefined))
    .orderBy(desc(noShowAppeals.createdAt))
    .limit(200);
}

