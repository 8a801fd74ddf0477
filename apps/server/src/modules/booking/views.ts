import type { Booking } from '@xinglin/contracts';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { departments, doctors } from '../catalog/tables';
import { patients } from '../patients/tables';
import { slots } from '../schedule/tables';
import { bookings } from './tables';

/** A booking with what the patient needs to see: who, where, when, and what to prepare. */
async function selectViews(tx: Executor, where: SQL | undefined, limit = 100) {
  return tx
    .select({
      b: bookings,
      patientName: patients.name,
      doctorName: doctors.name,
      departmentName: departments.name,
      location: departments.location,
      notes: departments.notes,
      startsAt: slots.startsAt,
      endsAt: slots.endsAt,
    })
    .from(bookings)
    .innerJoin(slots, eq(slots.id, bookings.slotId))
    .innerJoin(doctors, eq(doctors.id, bookings.doctorId))
    .innerJoin(departments, eq(departments.id, bookings.departmentId))
    .innerJoin(patients, eq(patients.id, bookings.patientId))
    .where(where)
    .orderBy(desc(bookings.createdAt))
    .limit(limit);
}

type ViewRow = Awaited<ReturnType<typeof selectViews>>[number];

export function toBookingView(r: ViewRow): Booking {
  const b = r.b;
  return {
    id: b.id,
    patientId: b.patientId,
    patientName: r.patientName,
    doctorId: b.doctorId,
    doctorName: r.doctorName,
    departmentId: b.departmentId,
    departmentName: r.departmentName,
    location: r.location,
    notes: r.notes,
    slotId: b.slotId,
    sessionId: b.sessionId,
    date: b.date,
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt.toISOString(),
    status: b.status as Booking['status'],
    visitNo: b.visitNo,
    feeFen: b.feeFen,
    holdExpiresAt: b.holdExpiresAt?.toISOString() ?? null,
    origin: b.origin as Booking['origin'],
    checkedInAt: b.checkedInAt?.toISOString() ?? null,
    createdAt: b.createdAt.toISOString(),
  };
}

export async function bookingView(tx: Executor, id: string): Promise<Booking | null> {
  const [row] = await selectViews(tx, eq(bookings.id, id), 1);
  return row ? toBookingView(row) : null;
}

export async function bookingViewsOfAccount(tx: Executor, accountId: string): Promise<Booking[]> {
  return (await selectViews(tx, eq(bookings.accountId, accountId))).map(toBookingView);
}

export async function bookingViewsOfSession(tx: Executor, sessionId: string, status?: string): Promise<Booking[]> {
  const where = status ? and(eq(bookings.sessionId, sessionId), eq(bookings.status, status)) : eq(bookings.sessionId, sessionId);
  return (await selectViews(tx, where, 500)).map(toBookingView);
}
