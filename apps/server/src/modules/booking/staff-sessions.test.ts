import { describe, expect, it } from 'vitest';
import { birthForAge, buildTestApp, loginStaff, makeIdNumber, openTestSlot, verifiedPatient } from '../../../test/helper';
import { bookingClient } from '../../../test/booking-helpers';
import { addDays, chinaDate, chinaInstant } from '../schedule/domain';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client';

describe('staff: leave (停诊), extra places (加号), extra clinics (加诊), release rules', async () => {
  const t = await buildTestApp({ DATABASE_URL: undefined }); // release rules are hospital-wide: keep them off a shared database
  const c = bookingClient(t);
  const admin = async () => ({ authorization: `Bearer ${(await loginStaff(t, 'admin')).accessToken}` });
  let n = 0;
  const person = () => verifiedPatient(t, `员工测${'甲乙丙丁戊己庚辛壬癸'[n % 10]}${'子丑寅卯辰巳午未申酉'[Math.floor(n++ / 10) % 10]}`, makeIdNumber(birthForAge(20 + n)));

  it('停诊 ends every booking of the clinic, closes its waitlist and refuses new bookings', async () => {
    const slot = await openTestSlot(t, 1);
    const { sessionId } = await c.sessionOf(slot.slotId);
    const booked = await person();
    const b = (await c.book(booked.auth, booked.self.id, slot.slotId)).json();
    const waiter = await person();
    await c.call('POST', '/waitlist', waiter.auth, { patientId: waiter.self.id, sessionId });
    expect((await c.call('POST', `/staff/sessions/${sessionId}/stop`, booked.auth, { reason: '医生出差' })).statusCode).toBe(403);
    const a = await admin();
    const stopped = await c.call('POST', `/staff/sessions/${sessionId}/stop`, a, { reason: '医生出差' });
    expect(stopped.json()).toEqual({ bookingsStopped: 1, waitlistClosed: 1 });
    expect((await c.mine(booked.auth))[0]).toMatchObject({ id: b.id, status: 'stopped' });
    expect((await c.waitlist(waiter.auth))[0]).toMatchObject({ status: 'expired' });
    expect((await c.book(waiter.auth, waiter.self.id, slot.slotId)).json().code).toBe('SLOT_STOPPED');
    expect((await c.call('POST', `/staff/sessions/${sessionId}/stop`, a, { reason: '医生出差' })).json().code).toBe('SESSION_ALREADY_STOPPED');
    expect((await c.call('POST', '/staff/sessions/00000000-0000-4000-8000-000000000000/stop', a, { reason: '医生出差' })).statusCode).toBe(404);
  });

  it('加号 offers the new places to the waitlist first', async () => {
    const slot = await openTestSlot(t, 1);
    const { sessionId } = await c.sessionOf(slot.slotId);
    const holder = await person();
    await c.book(holder.auth, holder.self.id, slot.slotId);
    const waiter = await person();
    await c.call('POST', '/waitlist', waiter.auth, { patientId: waiter.self.id, sessionId });
    const res = await c.call('POST', '/staff/slots/places', await admin(), { slotId: slot.slotId, places: 2 });
    expect(res.json()).toEqual({ capacity: 3, offeredToWaitlist: 1 });
    expect((await c.mine(waiter.auth))[0]).toMatchObject({ status: 'held', origin: 'waitlist' });
    expect(await c.booked(slot.slotId)).toBe(2);
  });

  it('加诊 opens an extra clinic at once and refuses one that exists or is in the past', async () => {
    const slot = await openTestSlot(t, 1);
    const a = await admin();
    const date = addDays(chinaDate(t.clock.now), 3);
    const res = await c.call('POST', '/staff/sessions', a, { doctorId: slot.doctorId, date, period: 'evening', placesPerSlot: 4 });
    // The helper's clinic may already sit on that evening; then the answer must be the clear conflict.
    if (res.statusCode === 409) expect(res.json().code).toBe('SESSION_EXISTS');
    else expect(res.json()).toMatchObject({ slots: 6, offeredToWaitlist: 0 });
    const again = await c.call('POST', '/staff/sessions', a, { doctorId: slot.doctorId, date, period: 'evening', placesPerSlot: 4 });
    expect(again.json().code).toBe('SESSION_EXISTS');
    expect((await c.call('POST', '/staff/sessions', a, { doctorId: slot.doctorId, date: '2020-01-01', period: 'morning', placesPerSlot: 4 })).json().code).toBe('DATE_IN_PAST');
  });

  it('放号规则: a department rule re-times unreleased clinics, and same-day booking can be closed', async () => {
    const a = await admin();
    const today = chinaDate(t.clock.now);
    const slot = await openTestSlot(t, 2, undefined, today);
    const { departmentId } = await c.sessionOf(slot.slotId);
    expect((await c.call('PUT', '/staff/release-rules', a, { departmentId, daysAhead: 7, releaseTime: '25:00', sameDay: true })).statusCode).toBe(400);
    const set = await c.call('PUT', '/staff/release-rules', a, { departmentId, daysAhead: 1, releaseTime: '08:00', sameDay: false });
    expect(set.statusCode).toBe(200);
    expect(set.json().retimed).toBeGreaterThan(0);
    const rules = (await c.call('GET', '/staff/release-rules', a)).json().items;
    expect(rules).toContainEqual({ departmentId, daysAhead: 1, releaseTime: '08:00', sameDay: false });
    const p = await person();
    // The test clinic is this evening: with same-day booking closed it cannot be booked now.
    const res = await c.book(p.auth, p.self.id, slot.slotId);
    if (new Date(Date.parse(`${today}T18:00:00+08:00`)) > t.clock.now) expect(res.json().code).toBe('SLOT_SAME_DAY_CLOSED');
    const far = await queryRows<{ date: string; release_at: Date }>(
      t.database.db,
      sql`select c.date::text as date, c.release_at from clinic_sessions c join doctors d on d.id = c.doctor_id where d.department_id = ${departmentId} and c.date > ${addDays(today, 7)}`,
    );
    expect(far.length).toBeGreaterThan(0);
    for (const s of far) expect(new Date(s.release_at).getTime()).toBe(chinaInstant(addDays(s.date, -1), '08:00').getTime());
  });
});
