import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { birthForAge, buildTestApp, makeIdNumber, openTestSlot, verifiedPatient } from '../../../test/helper';
import { bookingClient } from '../../../test/booking-helpers';

describe('waitlist (候补)', async () => {
  // Hold expiry and sweeps act on every row: this file keeps its own database (the race is in rush.test.ts).
  const t = await buildTestApp({ DATABASE_URL: undefined });
  const c = bookingClient(t);
  const person = (i: number) => verifiedPatient(t, `候补${'甲乙丙丁戊己庚辛壬癸'[i % 10]}`, makeIdNumber(birthForAge(25 + i)));

  it('offers a cancelled place to the first in line with a 30-minute hold, and moves the line up', async () => {
    const slot = await openTestSlot(t, 1);
    const { sessionId } = await c.sessionOf(slot.slotId);
    const holder = await person(0);
    const held = (await c.book(holder.auth, holder.self.id, slot.slotId)).json();
    const first = await person(1);
    const second = await person(2);
    const join = (p: typeof first) => c.call('POST', '/waitlist', p.auth, { patientId: p.self.id, sessionId });
    expect((await join(first)).statusCode).toBe(201);
    expect((await join(second)).statusCode).toBe(201);
    expect((await join(second)).json().code).toBe('ALREADY_WAITING');
    expect((await c.waitlist(second.auth))[0]).toMatchObject({ status: 'waiting', position: 2 });

    expect((await c.cancel(holder.auth, held.id)).statusCode).toBe(200);
    const offered = await c.mine(first.auth);
    expect(offered).toHaveLength(1);
    expect(offered[0]).toMatchObject({ status: 'held', origin: 'waitlist' });
    expect(new Date(offered[0]!.holdExpiresAt).getTime() - t.clock.now.getTime()).toBe(30 * 60_000);
    expect((await c.waitlist(first.auth))[0]).toMatchObject({ status: 'offered', bookingId: offered[0]!.id, position: null });
    expect((await c.waitlist(second.auth))[0]).toMatchObject({ status: 'waiting', position: 1 });
    expect(await c.booked(slot.slotId)).toBe(1);

    // The first one lets the offer lapse: the place goes on down the line, not back to the pool.
    t.clock.advance(31 * 60);
    expect(await t.app.jobs.expireHolds()).toBeGreaterThanOrEqual(1);
    // (Read from the database: the patients' 15-minute access tokens have lapsed on the moved clock.)
    const [next] = await queryRows<{ status: string; origin: string }>(t.database.db, sql`select status, origin from bookings where patient_id = ${second.self.id}`);
    expect(next).toMatchObject({ status: 'held', origin: 'waitlist' });
    expect(await c.booked(slot.slotId)).toBe(1);
  });

  it('serves a department-wide entry from any doctor of that department on its days', async () => {
    const slot = await openTestSlot(t, 1);
    const { departmentId } = await c.sessionOf(slot.slotId);
    const holder = await person(3);
    const held = (await c.book(holder.auth, holder.self.id, slot.slotId)).json();
    const waiter = await person(4);
    const res = await c.call('POST', '/waitlist', waiter.auth, { patientId: waiter.self.id, departmentId, dates: [slot.date] });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ sessionId: null, departmentId, dates: [slot.date], position: 1 });
    await c.cancel(holder.auth, held.id);
    expect((await c.mine(waiter.auth))[0]).toMatchObject({ status: 'held', origin: 'waitlist', slotId: slot.slotId });
  });

  it('refuses bad waitlist requests clearly', async () => {
    const p = await person(5);
    const other = await person(6);
    const slot = await openTestSlot(t, 1);
    const { sessionId, departmentId } = await c.sessionOf(slot.slotId);
    expect((await c.call('POST', '/waitlist', other.auth, { patientId: p.self.id, sessionId })).statusCode).toBe(404);
    expect((await c.call('POST', '/waitlist', p.auth, { patientId: p.self.id })).statusCode).toBe(400);
    expect((await c.call('POST', '/waitlist', p.auth, { patientId: p.self.id, departmentId, dates: ['2020-01-01'] })).json().code).toBe('DATE_IN_PAST');
    expect((await c.call('POST', '/waitlist', p.auth, { patientId: p.self.id, sessionId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
    const entry = (await c.call('POST', '/waitlist', p.auth, { patientId: p.self.id, sessionId })).json();
    expect((await c.call('DELETE', `/waitlist/${entry.id}`, other.auth)).statusCode).toBe(404);
    expect((await c.call('DELETE', `/waitlist/${entry.id}`, p.auth)).statusCode).toBe(200);
    expect((await c.call('DELETE', `/waitlist/${entry.id}`, p.auth)).json().code).toBe('WAITLIST_NOT_WAITING');
  });
});
