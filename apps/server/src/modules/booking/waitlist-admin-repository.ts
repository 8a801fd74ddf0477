import { and, asc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { doctors } from '../catalog/tables';
import { patients } from '../patients/tables';
import { clinicSessions } from '../schedule/tables';
import { bookings, waitlistEntries } from './tables';

/** A line is never long; the cap keeps one bad day from loading thousands of rows into the console. */
const MAX_ENTRIES = 500;

/** The department and day a session's line is drawn from; null when the session is unknown. */
export async function sessionLine(tx: Executor, sessionId: string): Promise<{ departmentId: string; date: string } | null> {
  const [r] = await tx
    .select({ departmentId: doctors.departmentId, date: clinicSessions.date })
    .from(clinicSessions)
    .innerJoin(doctors, eq(doctors.id, clinicSessions.doctorId))
    .where(eq(clinicSessions.id, sessionId));
  return r ?? null;
}

/**
 * Entries still in play, first come first served (seq): everyone waiting, and everyone offered a place they
 * have not yet paid for (the booking is still held). With a session, only the line for that session, drawn
 * as `nextInLine` draws it: its own entries and the department-wide ones that include its day.
 */
export async function openEntries(tx: Executor, scope: { departmentId: string; session?: { id: string; date: string } }) {
  const inLine: SQL | undefined = scope.session
    ? or(eq(waitlistEntries.sessionId, scope.session.id), and(isNull(waitlistEntries.sessionId), sql`${scope.session.date}::date = any(${waitlistEntries.dates})`))
    : undefined;
  return tx
    .select({
      e: waitlistEntries,
      patientName: patients.name,
      doctorName: doctors.name,
      sessionDate: clinicSessions.date,
      period: clinicSessions.period,
      offerExpiresAt: bookings.holdExpiresAt,
    })
    .from(waitlistEntries)
    .innerJoin(patients, eq(patients.id, waitlistEntries.patientId))
    .leftJoin(clinicSessions, eq(clinicSessions.id, waitlistEntries.sessionId))
    .leftJoin(doctors, eq(doctors.id, clinicSessions.doctorId))
    .leftJoin(bookings, eq(bookings.id, waitlistEntries.bookingId))
    .where(
      and(
        eq(waitlistEntries.departmentId, scope.departmentId),
        or(eq(waitlistEntries.status, 'waiting'), and(eq(waitlistEntries.status, 'offered'), eq(bookings.status, 'held'))),
        inLine,
      ),
    )
    .orderBy(asc(waitlistEntries.seq))
    .limit(MAX_ENTRIES);
}
