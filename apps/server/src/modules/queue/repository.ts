import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { bookings } from '../booking/tables';
import { campuses, departments, doctors } from '../catalog/tables';
import { patients } from '../patients/tables';
import { clinicSessions, slots } from '../schedule/tables';
import { checkInPoints } from './tables';

/** What check-in needs of a booking: its state, slot window and department. */
export async function bookingForCheckIn(tx: Executor, bookingId: string) {
  const [row] = await tx
    .select({ b: bookings, startsAt: slots.startsAt, endsAt: slots.endsAt })
    .from(bookings)
    .innerJoin(slots, eq(slots.id, bookings.slotId))
    .where(eq(bookings.id, bookingId));
  return row ?? null;
}

export async function checkInPoint(tx: Executor, departmentId: string) {
  const [row] = await tx.select().from(checkInPoints).where(eq(checkInPoints.departmentId, departmentId));
  return row ?? null;
}

export async function allCheckInPoints(tx: Executor) {
  return tx
    .select({ p: checkInPoints, departmentName: departments.name, location: departments.location, campusName: campuses.name })
    .from(checkInPoints)
    .innerJoin(departments, eq(departments.id, checkInPoints.departmentId))
    .innerJoin(campuses, eq(campuses.id, departments.campusId))
    .orderBy(asc(campuses.sortOrder), asc(departments.sortOrder));
}

/** Moves a booking from one state to the next; null when it was not in `from` (a race or a replay lost). */
export async function transition(tx: Executor, bookingId: string, from: string, to: string, set: Partial<typeof bookings.$inferInsert>) {
  const [row] = await tx
    .update(bookings)
    .set({ ...set, status: to })
    .where(and(eq(bookings.id, bookingId), eq(bookings.status, from)))
    .returning();
  return row ?? null;
}

/** Serialises queue actions on one session (call-next racing call-next) without touching other contexts' rows. */
export async function lockSession(tx: Executor, sessionId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`queue:${sessionId}`}, 0))`);
}

export async function firstWaiting(tx: Executor, sessionId: string) {
  const [row] = await tx
    .select({ id: bookings.id })
    .from(bookings)
    .where(and(eq(bookings.sessionId, sessionId), eq(bookings.status, 'checked_in')))
    .orderBy(asc(bookings.visitNo))
    .limit(1);
  return row ?? null;
}

export async function calledInSession(tx: Executor, sessionId: string) {
  return tx.select().from(bookings).where(and(eq(bookings.sessionId, sessionId), eq(bookings.status, 'called')));
}

const QUEUE_STATES = ['confirmed', 'checked_in', 'called', 'completed', 'no_show'];

/** Every booking of a session that is or was in the day's queue, in visit-number order. */
export async function sessionEntries(tx: Executor, sessionId: string) {
  return tx
    .select({
      id: bookings.id,
      accountId: bookings.accountId,
      patientId: bookings.patientId,
      visitNo: bookings.visitNo,
      status: bookings.status,
      checkedInAt: bookings.checkedInAt,
      calledAt: bookings.calledAt,
      completedAt: bookings.completedAt,
      startsAt: slots.startsAt,
      patientName: patients.name,
    })
    .from(bookings)
    .innerJoin(slots, eq(slots.id, bookings.slotId))
    .innerJoin(patients, eq(patients.id, bookings.patientId))
    .where(and(eq(bookings.sessionId, sessionId), inArray(bookings.status, QUEUE_STATES)))
    .orderBy(asc(bookings.visitNo));
}
export type SessionEntry = Awaited<ReturnType<typeof sessionEntries>>[number];

export async function doctorSessionsOn(tx: Executor, doctorId: string, date: string) {
  return tx
    .select({ s: clinicSessions, departmentName: departments.name })
    .from(clinicSessions)
    .innerJoin(doctors, eq(doctors.id, clinicSessions.doctorId))
    .innerJoin(departments, eq(departments.id, doctors.departmentId))
    .where(and(eq(clinicSessions.doctorId, doctorId), eq(clinicSessions.date, date)))
    .orderBy(asc(clinicSessions.period));
}

export async function findSession(tx: Executor, sessionId: string) {
  const [row] = await tx
    .select({ s: clinicSessions, departmentName: departments.name })
    .from(clinicSessions)
    .innerJoin(doctors, eq(doctors.id, clinicSessions.doctorId))
    .innerJoin(departments, eq(departments.id, doctors.departmentId))
    .where(eq(clinicSessions.id, sessionId));
  return row ?? null;
}

/** Minutes from call to completion of this doctor's most recent consultations, newest first. */
export async function recentConsultMinutes(tx: Executor, doctorId: string, limit: number): Promise<number[]> {
  const rows = await tx
    .select({ calledAt: bookings.calledAt, completedAt: bookings.completedAt })
    .from(bookings)
    .where(and(eq(bookings.doctorId, doctorId), eq(bookings.status, 'completed'), isNotNull(bookings.calledAt), isNotNull(bookings.completedAt)))
    .orderBy(desc(bookings.completedAt))
    .limit(limit);
  return rows.map((r) => (r.completedAt!.getTime() - r.calledAt!.getTime()) / 60_000);
}

/** For the patient's queue page: who, where, and the booking's session. */
export async function bookingWithPlace(tx: Executor, bookingId: string) {
  const [row] = await tx
    .select({ b: bookings, doctorName: doctors.name, departmentName: departments.name, location: departments.location })
    .from(bookings)
    .innerJoin(doctors, eq(doctors.id, bookings.doctorId))
    .innerJoin(departments, eq(departments.id, bookings.departmentId))
    .where(eq(bookings.id, bookingId));
  return row ?? null;
}

export async function upsertCheckInPoints(tx: Executor, rows: (typeof checkInPoints.$inferInsert)[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await tx.insert(checkInPoints).values(rows).onConflictDoNothing().returning({ id: checkInPoints.departmentId });
  return inserted.length;
}

export async function allDepartments(tx: Executor) {
  return tx.select({ id: departments.id, campusCode: campuses.code }).from(departments).innerJoin(campuses, eq(campuses.id, departments.campusId)).orderBy(asc(departments.sortOrder), asc(departments.code));
}

/** Null when the department has no check-in point. */
export async function bumpKeyVersion(tx: Executor, departmentId: string) {
  const [row] = await tx.update(checkInPoints).set({ keyVersion: sql`${checkInPoints.keyVersion} + 1` }).where(eq(checkInPoints.departmentId, departmentId)).returning();
  return row ?? null;
}
