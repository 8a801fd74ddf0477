import type { CheckInPoint } from '@xinglin/contracts';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client';
import { loginStaff, openTestSlot, verifiedPatient, type TestApp } from '../../../test/helper';

export type Patient = Awaited<ReturnType<typeof verifiedPatient>>;
export interface BookedVisit {
  id: string;
  visitNo: number;
  departmentId: string;
  sessionId: string;
  doctorId: string;
  startsAt: string;
  endsAt: string;
  status: string;
}

/** Long-lived patient sessions: these tests move the clock days ahead to the visit. */
export const LONG_SESSIONS = { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86_400) };

export async function book(t: TestApp, p: Patient, slotId: string): Promise<BookedVisit> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/bookings', headers: p.auth, payload: { patientId: p.self.id, slotId } });
  if (res.statusCode !== 201) throw new Error(`booking answered ${res.statusCode}: ${res.body}`);
  return res.json();
}

/**
 * Marks a booking paid. The payments module does not exist yet, so the test moves the booking from `held` to
 * `confirmed` directly in the database, the one change payment will make.
 */
export async function markPaid(t: TestApp, bookingId: string): Promise<void> {
  await queryRows(t.database.db, sql`update bookings set status = 'confirmed', hold_expires_at = null where id = ${bookingId} and status = 'held'`);
}

/** `count` verified patients with paid bookings in one fresh slot; visit numbers 1…count in creation order. */
export async function paidVisits(t: TestApp, count: number, doctorIndex?: number) {
  const slot = await openTestSlot(t, Math.max(count, 1), doctorIndex);
  const visits: { patient: Patient; booking: BookedVisit }[] = [];
  for (let i = 0; i < count; i++) {
    const patient = await verifiedPatient(t, `张${'一二三四五六七八九十'[i]}明`);
    const booking = await book(t, patient, slot.slotId);
    await markPaid(t, booking.id);
    visits.push({ patient, booking });
  }
  return { slot, visits };
}

/** Moves the test clock to `minutes` after the slot's start (negative: before). The clock only moves forward. */
export function clockAtSlot(t: TestApp, startsAt: string, minutes: number): void {
  const target = Date.parse(startsAt) + minutes * 60_000;
  if (target < t.clock.now.getTime()) throw new Error('the test clock only moves forward');
  t.clock.now = new Date(target);
}

export async function checkInPoints(t: TestApp) {
  const admin = await loginStaff(t, 'admin');
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/admin/check-in-points', headers: { authorization: `Bearer ${admin.accessToken}` } });
  if (res.statusCode !== 200) throw new Error(`check-in points answered ${res.statusCode}: ${res.body}`);
  return (res.json() as { items: CheckInPoint[] }).items;
}

export const checkIn = (t: TestApp, p: Patient, bookingId: string, payload: unknown) =>
  t.app.inject({ method: 'POST', url: `/api/v1/bookings/${bookingId}/check-in`, headers: p.auth, payload: payload as Record<string, unknown> });

/** Checks in by standing at the department's check-in point. */
export async function checkInHere(t: TestApp, p: Patient, booking: BookedVisit) {
  const point = (await checkInPoints(t)).find((x) => x.departmentId === booking.departmentId)!;
  const res = await checkIn(t, p, booking.id, { method: 'location', latitude: point.latitude, longitude: point.longitude });
  if (res.statusCode !== 200) throw new Error(`check-in answered ${res.statusCode}: ${res.body}`);
  return res.json();
}
