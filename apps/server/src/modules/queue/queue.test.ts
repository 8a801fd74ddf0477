import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { buildTestApp, loginStaff } from '../../../test/helper';
import { checkIn, checkInHere, checkInPoints, clockAtSlot, LONG_SESSIONS, paidVisits, type Patient } from './test-support';

describe('queue (排队叫号)', async () => {
  const t = await buildTestApp(LONG_SESSIONS);
  const doctorAuth = async () => ({ authorization: `Bearer ${(await loginStaff(t, 'doctor')).accessToken}` });
  const post = (auth: Record<string, string>, url: string) => t.app.inject({ method: 'POST', url: `/api/v1/clinical/queue${url}`, headers: auth });
  const queueOf = async (p: Patient, bookingId: string) => (await t.app.inject({ method: 'GET', url: `/api/v1/bookings/${bookingId}/queue`, headers: p.auth })).json();

  // First in the file: the demo doctor (d001, the test doctor's catalogue entry) has no consultations yet.
  it('predicts the wait from the doctor’s real consultation durations (median), 8 minutes before there are 3', async (ctx) => {
    const { visits } = await paidVisits(t, 5, 0);
    // A reused PostgreSQL (a second local run) already holds this doctor's consultations from earlier runs.
    const [prior] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from bookings where doctor_id = ${visits[0]!.booking.doctorId} and status = 'completed'`);
    if (prior!.n > 0) ctx.skip();
    clockAtSlot(t, visits[0]!.booking.startsAt, -20);
    const points = await checkInPoints(t);
    for (const v of visits) {
      const point = points.find((p) => p.departmentId === v.booking.departmentId)!;
      expect((await checkIn(t, v.patient, v.booking.id, { method: 'location', latitude: point.latitude, longitude: point.longitude })).statusCode).toBe(200);
    }
    const last = visits[4]!;
    expect(await queueOf(last.patient, last.booking.id)).toMatchObject({ aheadCount: 4, averageConsultMinutes: 8, predictedWaitMinutes: 32, currentVisitNo: null });
    const doctor = await doctorAuth();
    const sessionId = visits[0]!.booking.sessionId;
    // Consultations of 4, 12 and 6 minutes; the median is 6.
    for (const minutes of [4, 12, 6]) {
      expect((await post(doctor, `/sessions/${sessionId}/call-next`)).statusCode).toBe(200);
      t.clock.advance(minutes * 60);
    }
    expect((await post(doctor, `/sessions/${sessionId}/call-next`)).json().queue.currentVisitNo).toBe(4);
    const status = await queueOf(last.patient, last.booking.id);
    expect(status).toMatchObject({ status: 'checked_in', visitNo: 5, currentVisitNo: 4, aheadCount: 1, averageConsultMinutes: 6, predictedWaitMinutes: 6 });
    const today = (await t.app.inject({ method: 'GET', url: '/api/v1/clinical/queue/today', headers: doctor })).json();
    expect(today.averageConsultMinutes).toBe(6);
  });

  it('orders the queue by visit number, not arrival, and counts who is ahead', async () => {
    const { visits } = await paidVisits(t, 4, 0);
    const [v1, v2, v3, v4] = visits;
    clockAtSlot(t, v1!.booking.startsAt, -15);
    for (const v of [v3, v1, v2]) await checkInHere(t, v!.patient, v!.booking); // v4 has not arrived
    expect(await queueOf(v3!.patient, v3!.booking.id)).toMatchObject({ visitNo: 3, aheadCount: 2, currentVisitNo: null });
    expect(await queueOf(v4!.patient, v4!.booking.id)).toMatchObject({ status: 'confirmed', aheadCount: 3 });
    const doctor = await doctorAuth();
    const today = (await t.app.inject({ method: 'GET', url: '/api/v1/clinical/queue/today', headers: doctor })).json();
    const session = today.items.find((s: { sessionId: string }) => s.sessionId === v1!.booking.sessionId);
    expect(session.entries.map((e: { visitNo: number; status: string }) => [e.visitNo, e.status])).toEqual([
      [1, 'checked_in'],
      [2, 'checked_in'],
      [3, 'checked_in'],
      [4, 'confirmed'],
    ]);
    expect(session.entries[0].patientName).toBe('张**'); // masked on the shared screen
    const called = (await post(doctor, `/sessions/${session.sessionId}/call-next`)).json();
    expect(called.calledBookingId).toBe(v1!.booking.id);
    const mine = await queueOf(v3!.patient, v3!.booking.id);
    expect(mine).toMatchObject({ currentVisitNo: 1, aheadCount: 2 }); // v2 waiting + v1 being seen
    expect(mine.predictedWaitMinutes).toBe(Math.round(2 * mine.averageConsultMinutes));
    expect(await queueOf(v1!.patient, v1!.booking.id)).toMatchObject({ status: 'called', aheadCount: 0 });
    // The called patient is told to come in; v3, now two away (v2 waiting + v1 being seen), to get ready.
    await t.app.jobs.deliverNotifications();
    const inbox = async (p: Patient) => (await t.app.inject({ method: 'GET', url: '/api/v1/messages', headers: p.auth })).json().items as { kind: string; body: string; link: string }[];
    expect((await inbox(v1!.patient)).find((m) => m.kind === 'queue.called')).toMatchObject({ body: expect.stringContaining('1 号'), link: `/pages/queue/index?bookingId=${v1!.booking.id}` });
    expect((await inbox(v3!.patient)).map((m) => m.kind)).toContain('queue.near');
    expect((await inbox(v2!.patient)).map((m) => m.kind)).not.toContain('queue.near');
  });

  it('never calls the same patient twice when call-next races', async () => {
    const { visits } = await paidVisits(t, 3, 0);
    clockAtSlot(t, visits[0]!.booking.startsAt, -10);
    for (const v of visits.slice(0, 2)) await checkInHere(t, v.patient, v.booking);
    const doctor = await doctorAuth();
    const sessionId = visits[0]!.booking.sessionId;
    const results = await Promise.all([post(doctor, `/sessions/${sessionId}/call-next`), post(doctor, `/sessions/${sessionId}/call-next`)]);
    const called = results.map((r) => r.json().calledBookingId);
    expect(new Set(called)).toEqual(new Set([visits[0]!.booking.id, visits[1]!.booking.id]));
    // With one left waiting, two racing calls call them once; the other finds nobody.
    await checkInHere(t, visits[2]!.patient, visits[2]!.booking);
    const again = await Promise.all([post(doctor, `/sessions/${sessionId}/call-next`), post(doctor, `/sessions/${sessionId}/call-next`)]);
    expect(again.map((r) => r.json().calledBookingId).sort()).toEqual([null, visits[2]!.booking.id].sort());
    const entries = again.at(-1)!.json().queue.entries as { status: string }[];
    expect(entries.filter((e) => e.status === 'called').length).toBeLessThanOrEqual(1);
  });

  it('marks done and no-show, recalls, and refuses what does not fit; another doctor’s session is 404', async () => {
    const { visits } = await paidVisits(t, 3, 0);
    const [a, b, c] = visits;
    clockAtSlot(t, a!.booking.startsAt, -10);
    for (const v of visits) await checkInHere(t, v.patient, v.booking);
    const doctor = await doctorAuth();
    const sessionId = a!.booking.sessionId;
    expect((await post(doctor, `/sessions/${sessionId}/recall`)).json().code).toBe('QUEUE_NOBODY_CALLED');
    expect((await post(doctor, `/bookings/${a!.booking.id}/done`)).json().code).toBe('QUEUE_NOT_IN_CONSULTATION');
    await post(doctor, `/sessions/${sessionId}/call-next`);
    expect((await post(doctor, `/sessions/${sessionId}/recall`)).json().calledBookingId).toBe(a!.booking.id);
    const noShow = await post(doctor, `/bookings/${a!.booking.id}/no-show`);
    expect(noShow.statusCode).toBe(200);
    expect((await queueOf(a!.patient, a!.booking.id)).status).toBe('no_show');
    expect((await post(doctor, `/bookings/${a!.booking.id}/no-show`)).json().code).toBe('QUEUE_NOT_WAITING');
    expect((await post(doctor, `/sessions/${sessionId}/call-next`)).json().calledBookingId).toBe(b!.booking.id);
    const done = (await post(doctor, `/bookings/${b!.booking.id}/done`)).json();
    expect(done.queue.entries.map((e: { status: string }) => e.status)).toEqual(['no_show', 'completed', 'checked_in']);
    expect((await queueOf(c!.patient, c!.booking.id)).aheadCount).toBe(0);

    const elsewhere = await paidVisits(t, 1, 1); // doctor index 1 is not the test doctor
    for (const url of [`/sessions/${elsewhere.visits[0]!.booking.sessionId}/call-next`, `/bookings/${elsewhere.visits[0]!.booking.id}/no-show`, '/sessions/nope/call-next']) {
      expect((await post(doctor, url)).statusCode).toBe(404);
    }
    const patientToken = c!.patient.auth;
    expect((await post(patientToken, `/sessions/${sessionId}/call-next`)).statusCode).toBe(403);
  });
});
