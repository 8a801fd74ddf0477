import { and, asc, between, desc, eq, inArray, isNull, lt, or } from 'drizzle-orm';
import * as capacity from '../capacity/engine';
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

/** A package's or the centre's places on one day, kept by the one capacity engine (modules/capacity). */
const dayPlaces = capacity.idCounter({ table: examCapacity, id: examCapacity.id, booked: examCapacity.booked, capacity: examCapacity.capacity });

/**
 * The rows limiting one package on one day: its own (the package is offered only on days it has one) and the
 * exam centre's if set. Empty when the package is not offered that day.
 */
async function limitingRows(tx: Executor, packageId: string, date: string): Promise<string[]> {
  const rows = await tx
    .select({ id: examCapacity.id, packageId: examCapacity.packageId })
    .from(examCapacity)
    .where(and(eq(examCapacity.date, date), or(eq(examCapacity.packageId, packageId), isNull(examCapacity.packageId))));
  return rows.some((r) => r.packageId === packageId) ? rows.map((r) => r.id) : [];
}

/** A plain read for the fast "sold out" answer; only `takePlaces` decides. */
export async function dayState(tx: Executor, packageId: string, date: string): Promise<Taken> {
  const rows = await limitingRows(tx, packageId, date);
  if (rows.length === 0) return 'none';
  return (await capacity.isFull(tx, dayPlaces, rows)) ? 'full' : 'ok';
}

/**
 * Takes one place from the package's row and the centre's, all or nothing, in the engine's one order (so racing
 * bookings of different packages, which share the centre's row, never deadlock).
 */
export async function takePlaces(tx: Executor, packageId: string, date: string): Promise<Taken> {
  const rows = await limitingRows(tx, packageId, date);
  if (rows.length === 0) return 'none';
  return capacity.take(tx, dayPlaces, rows);
}

export async function givePlaces(tx: Executor, packageId: string, date: string): Promise<void> {
  await capacity.giveBack(tx, dayPlaces, await limitingRows(tx, packageId, date));
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
 * Sets a day's places, never below those already booked (the engine answers that instead of the check constraint
 * failing). Returns null when the new capacity is too small.
 */
export async function setCapacity(tx: Executor, date: string, packageId: string | null, places: number): Promise<CapacityRow | null> {
  const [created] = await tx.insert(examCapacity).values({ date, packageId, capacity: places }).onConflictDoNothing().returning();
  if (created) return created;
  const [existing] = await tx
    .select({ id: examCapacity.id })
    .from(examCapacity)
    .where(and(eq(examCapacity.date, date), packageId ? eq(examCapacity.packageId, packageId) : isNull(examCapacity.packageId)));
  const resized = await capacity.setCapacity(tx, dayPlaces, existing!.id, places);
  return resized.ok ? resized.row : null;
}
