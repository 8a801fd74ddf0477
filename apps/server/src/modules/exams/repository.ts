import { and, asc, between, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { patients } from '../patients/tables';
import { examBookings, examCapacity, examPackages } from './tables';

export type PackageRow = typeof examPackages.$inferSelect;
export type ExamBookingRow = typeof examBookings.$inferSelect;
export type CapacityRow = typeof examCapacity.$inferSelect;
export type Taken = 'ok' | 'none' | 'full';

export const listPackages = (tx: Executor, activeOnly: boolean) =>
  tx.select().from(examPackages).where(activeOnly ? eq(examPackages.active, true) : undefined).orderBy(asc(examPackages.priceFen), asc(examPackages.code));

export async function findPackage(tx: Executor, id: string): Promise<PackageRow | null> {
  const [row] = await tx.select().from(examPackages).where(eq(examPackages.id, id));
  return row ?? null;
}

export const capacityBetween = (tx: Executor, from: string, to: string) => tx.select().from(examCapacity).where(between(examCapacity.date, from, to));

/**
 * The rows limiting one package on one day: its own (the package is offered only on days it has one) and the
 * exam centre's if set, the package's first. Empty when the package is not offered that day.
 */
async function limitingRows(tx: Executor, packageId: string, date: string): Promise<CapacityRow[]> {
  const rows = await tx.select().from(examCapacity).where(and(eq(examCapacity.date, date), or(eq(examCapacity.packageId, packageId), isNull(examCapacity.packageId))));
  if (!rows.some((r) => r.packageId === packageId)) return [];
  return rows.sort((a, b) => (a.packageId ? 0 : 1) - (b.packageId ? 0 : 1));
}

/** A plain read for the fast "sold out" answer; only `takePlaces` decides. */
export async function dayState(tx: Executor, packageId: string, date: string): Promise<Taken> {
  const rows = await limitingRows(tx, packageId, date);
  if (rows.length === 0) return 'none';
  return rows.some((r) => r.booked >= r.capacity) ? 'full' : 'ok';
}

/**
 * Takes one place from every limiting row, package row first then the centre's (one order for everybody, so
 * racing bookings never deadlock). The WHERE is the guard; a 'full' answer rolls the whole transaction back.
 */
export async function takePlaces(tx: Executor, packageId: string, date: string): Promise<Taken> {
  const rows = await limitingRows(tx, packageId, date);
  if (rows.length === 0) return 'none';
  for (const r of rows) {
    const taken = await tx
      .update(examCapacity)
      .set({ booked: sql`${examCapacity.booked} + 1` })
      .where(and(eq(examCapacity.id, r.id), lt(examCapacity.booked, examCapacity.capacity)))
      .returning({ id: examCapacity.id });
    if (taken.length === 0) return 'full';
  }
  return 'ok';
}

export async function givePlaces(tx: Executor, packageId: string, date: string): Promise<void> {
  for (const r of await limitingRows(tx, packageId, date)) {
    await tx.update(examCapacity).set({ booked: sql`greatest(${examCapacity.booked} - 1, 0)` }).where(eq(examCapacity.id, r.id));
  }
}

/** Null when the patient already has an exam that day (the partial unique index). */
export async function insertBooking(tx: Executor, row: typeof examBookings.$inferInsert): Promise<ExamBookingRow | null> {
  const [inserted] = await tx.insert(examBookings).values(row).onConflictDoNothing().returning();
  return inserted ?? null;
}

/** Only one of several racing cancels or expiries moves the row. */
export async function endBooking(tx: Executor, id: string, from: string[], to: string, at: Date): Promise<ExamBookingRow | null> {
  const [row] = await tx.update(examBookings).set({ status: to, cancelledAt: at }).where(and(eq(examBookings.id, id), inArray(examBookings.status, from))).returning();
  return row ?? null;
}

export async function findBooking(tx: Executor, id: string): Promise<ExamBookingRow | null> {
  const [row] = await tx.select().from(examBookings).where(eq(examBookings.id, id));
  return row ?? null;
}

const described = (tx: Executor) =>
  tx
    .select({ booking: examBookings, packageName: examPackages.name, patientName: patients.name })
    .from(examBookings)
    .innerJoin(examPackages, eq(examPackages.id, examBookings.packageId))
    .innerJoin(patients, eq(patients.id, examBookings.patientId));

export const bookingsOfAccount = (tx: Executor, accountId: string) =>
  described(tx).where(eq(examBookings.accountId, accountId)).orderBy(desc(examBookings.createdAt)).limit(100);

/** One booking with the package's and the patient's names, as the API shows it. */
export async function describeBooking(tx: Executor, id: string) {
  const [row] = await described(tx).where(eq(examBookings.id, id));
  return row ? { ...row.booking, packageName: row.packageName, patientName: row.patientName } : null;
}

export const expiredHolds = (tx: Executor, now: Date, limit: number) =>
  tx.select({ id: examBookings.id }).from(examBookings).where(and(eq(examBookings.status, 'held'), lt(examBookings.holdExpiresAt, now))).orderBy(asc(examBookings.holdExpiresAt)).limit(limit);

export async function insertPackage(tx: Executor, row: typeof examPackages.$inferInsert): Promise<PackageRow | null> {
  const [inserted] = await tx.insert(examPackages).values(row).onConflictDoNothing().returning();
  return inserted ?? null;
}

export async function updatePackage(tx: Executor, id: string, row: Partial<typeof examPackages.$inferInsert>): Promise<PackageRow | null> {
  const [updated] = await tx.update(examPackages).set(row).where(eq(examPackages.id, id)).returning();
  return updated ?? null;
}

/**
 * Sets a day's places, never below those already booked (the check constraint would refuse it; the WHERE makes
 * that an answer instead of an error). Returns null when the new capacity is too small.
 */
export async function setCapacity(tx: Executor, date: string, packageId: string | null, capacity: number): Promise<CapacityRow | null> {
  const [row] = await tx
    .insert(examCapacity)
    .values({ date, packageId, capacity })
    .onConflictDoUpdate({
      target: packageId ? [examCapacity.date, examCapacity.packageId] : [examCapacity.date],
      targetWhere: packageId ? sql`${examCapacity.packageId} is not null` : sql`${examCapacity.packageId} is null`,
      set: { capacity },
      setWhere: sql`${examCapacity.booked} <= ${capacity}`,
    })
    .returning();
  return row ?? null;
}
