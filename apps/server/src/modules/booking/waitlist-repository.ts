import { and, asc, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { departments, doctors } from '../catalog/tables';
import { patients } from '../patients/tables';
import { clinicSessions } from '../schedule/tables';
import { waitlistEntries } from './tables';

export type WaitlistRow = typeof waitlistEntries.$inferSelect;

/** Null when the patient already waits for the same session or department (partial unique indexes). */
export async function insertEntry(tx: Executor, row: typeof waitlistEntries.$inferInsert): Promise<WaitlistRow | null> {
  const [r] = await tx.insert(waitlistEntries).values(row).onConflictDoNothing().returning();
  return r ?? null;
}

/**
 * The line for a freed place in a session: entries for that session and department-wide entries that include
 * its date, first come first served. SKIP LOCKED lets two places freed at once go to two different people.
 */
export async function nextInLine(tx: Executor, s: { sessionId: string; departmentId: string; date: string }, limit: number) {
  return tx
    .select()
    .from(waitlistEntries)
    .where(
      and(
        eq(waitlistEntries.status, 'waiting'),
        or(eq(waitlistEntries.sessionId, s.sessionId), and(isNull(waitlistEntries.sessionId), eq(waitlistEntries.departmentId, s.departmentId), sql`${s.date}::date = any(${waitlistEntries.dates})`)),
      ),
    )
    .orderBy(asc(waitlistEntries.seq))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function setEntryStatus(tx: Executor, id: string, from: string[], to: string, at: Date, bookingId?: string) {
  const [r] = await tx
    .update(waitlistEntries)
    .set({ status: to, endedAt: at, ...(bookingId ? { bookingId } : {}) })
    .where(and(eq(waitlistEntries.id, id), inArray(waitlistEntries.status, from)))
    .returning();
  return r ?? null;
}

export async function findEntry(tx: Executor, id: string) {
  const [r] = await tx.select().from(waitlistEntries).where(eq(waitlistEntries.id, id));
  return r ?? null;
}

export async function entryForBooking(tx: Executor, bookingId: string) {
  const [r] = await tx.select().from(waitlistEntries).where(eq(waitlistEntries.bookingId, bookingId));
  return r ?? null;
}

/** Waiting entries of a session (to close them when the session stops). */
export async function waitingForSession(tx: Executor, sessionId: string) {
  return tx.select().from(waitlistEntries).where(and(eq(waitlistEntries.sessionId, sessionId), eq(waitlistEntries.status, 'waiting')));
}

/** Department-wide entries whose every date has passed stop waiting. */
export async function expireStale(tx: Executor, today: string, at: Date) {
  return tx
    .update(waitlistEntries)
    .set({ status: 'expired', endedAt: at })
    .where(and(eq(waitlistEntries.status, 'waiting'), sql`${today}::date > all(${waitlistEntries.dates})`))
    .returning({ id: waitlistEntries.id });
}

/** How many waiting entries stand before this one in any line it is in (same order as nextInLine). */
export async function positionOf(tx: Executor, e: WaitlistRow): Promise<number> {
  const sameLine = e.sessionId
    ? or(eq(waitlistEntries.sessionId, e.sessionId), and(isNull(waitlistEntries.sessionId), eq(waitlistEntries.departmentId, e.departmentId), sql`${e.dates[0]!}::date = any(${waitlistEntries.dates})`))
    : and(eq(waitlistEntries.departmentId, e.departmentId), sql`${waitlistEntries.dates} && array[${sql.join(e.dates.map((d) => sql`${d}::date`), sql`, `)}]`);
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(waitlistEntries)
    .where(and(eq(waitlistEntries.status, 'waiting'), sameLine, lt(waitlistEntries.seq, e.seq)));
  return Number(row?.n ?? 0) + 1;
}

export async function entriesOfAccount(tx: Executor, accountId: string) {
  return tx
    .select({ e: waitlistEntries, patientName: patients.name, departmentName: departments.name, doctorName: doctors.name })
    .from(waitlistEntries)
    .innerJoin(patients, eq(patients.id, waitlistEntries.patientId))
    .innerJoin(departments, eq(departments.id, waitlistEntries.departmentId))
    .leftJoin(clinicSessions, eq(clinicSessions.id, waitlistEntries.sessionId))
    .leftJoin(doctors, eq(doctors.id, clinicSessions.doctorId))
    .where(eq(waitlistEntries.accountId, accountId))
    .orderBy(desc(waitlistEntries.createdAt))
    .limit(50);
}
