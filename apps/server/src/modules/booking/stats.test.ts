import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { birthForAge, buildTestApp, loginStaff, makeIdNumber, openTestSlot, verifiedPatient } from '../../../test/helper';
import { bookingClient } from '../../../test/booking-helpers';
import { addDays, chinaDate } from '../schedule/domain';
import { statsRange } from './stats-routes';

describe('booking stats (挂号看板)', async () => {
  const t = await buildTestApp({ DATABASE_URL: undefined }); // exact counts need a database no other file writes to
  const c = bookingClient(t);
  const admin = async () => ({ authorization: `Bearer ${(await loginStaff(t, 'admin')).accessToken}` });
  let n = 0;
  const person = () => verifiedPatient(t, `统计测${'甲乙丙丁戊己庚辛壬癸'[n++ % 10]}`, makeIdNumber(birthForAge(30 + n)));
  /** The visit itself (queue) is another context; the test puts the ending state in directly. */
  const setStatus = (id: string, status: string) => t.database.db.transaction((tx) => tx.execute(sql`update bookings set status = ${status} where id = ${id}`));

  it('counts one day’s bookings by outcome, waitlist offers and the no-show rate, and keeps empty days', async () => {
    const today = chinaDate(t.clock.now);
    const day = addDays(today, 8); // past the demo schedule's release window: only this test books it
    const big = await openTestSlot(t, 6, 0, day);
    const people = await Promise.all([1, 2, 3, 4, 5].map(() => person()));
    const ids: string[] = [];
    for (const p of people) ids.push((await c.book(p.auth, p.self.id, big.slotId)).json().id);
    for (const id of ids.slice(0, 4)) await c.markPaid(id);
    await setStatus(ids[0]!, 'completed');
    await setStatus(ids[1]!, 'completed');
    await setStatus(ids[2]!, 'checked_in');
    await setStatus(ids[3]!, 'no_show');
    expect((await c.cancel(people[4]!.auth, ids[4]!)).statusCode).toBe(200);

    // A full one-place slot: cancelling it offers the place to the waiter (origin waitlist).
    const small = await openTestSlot(t, 1, 1, day);
    const { sessionId } = await c.sessionOf(small.slotId);
    const holder = await person();
    const held = (await c.book(holder.auth, holder.self.id, small.slotId)).json();
    const waiter = await person();
    expect((await c.call('POST', '/waitlist', waiter.auth, { patientId: waiter.self.id, sessionId })).statusCode).toBe(201);
    await c.cancel(holder.auth, held.id);

    const res = await c.call('GET', `/staff/booking-stats?from=${addDays(day, -1)}&to=${addDays(day, 1)}`, await admin());
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.days.map((d: { date: string }) => d.date)).toEqual([addDays(day, -1), day, addDays(day, 1)]);
    expect(body.days[0]).toMatchObject({ booked: 0, noShowRate: null });
    // 5 + holder + waiter's offered place; 2 cancelled; 1 no-show of 4 due (2 completed, 1 checked in).
    expect(body.days[1]).toEqual({ date: day, booked: 7, cancelled: 2, stopped: 0, noShows: 1, completed: 2, waitlistOffers: 1, noShowRate: 0.25 });
    expect(body.totals).toEqual({ booked: 7, cancelled: 2, stopped: 0, noShows: 1, completed: 2, waitlistOffers: 1, noShowRate: 0.25 });

    // A held booking that lapses took no place.
    const late = await person();
    const lapsing = (await c.book(late.auth, late.self.id, big.slotId)).json();
    await setStatus(lapsing.id, 'expired');
    const again = (await c.call('GET', `/staff/booking-stats?from=${day}&to=${day}`, await admin())).json();
    expect(again.days[0].booked).toBe(7);
  });

  it('is for hospital admins only and refuses a reversed or over-long range', async () => {
    const patient = await person();
    expect((await c.call('GET', '/staff/booking-stats', patient.auth)).statusCode).toBe(403);
    expect((await c.call('GET', '/staff/booking-stats', {})).statusCode).toBe(401);
    const a = await admin();
    const reversed = await c.call('GET', '/staff/booking-stats?from=2026-03-10&to=2026-03-01', a);
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json()).toMatchObject({ code: 'RANGE_REVERSED', messageZh: expect.stringContaining('开始日期') });
    expect((await c.call('GET', '/staff/booking-stats?from=2026-01-01&to=2026-06-01', a)).json().code).toBe('RANGE_TOO_LONG');
    expect((await c.call('GET', '/staff/booking-stats?from=2026-13-01', a)).statusCode).toBe(400);
    const dflt = (await c.call('GET', '/staff/booking-stats', a)).json();
    expect(dflt).toMatchObject({ to: chinaDate(t.clock.now), from: addDays(chinaDate(t.clock.now), -29) });
    expect(dflt.days).toHaveLength(30);
  });

  it('statsRange: a lone from gives 30 days after it, a lone to 30 days before', () => {
    const now = new Date('2026-03-15T02:00:00Z');
    expect(statsRange(now, '2026-03-01')).toEqual({ from: '2026-03-01', to: '2026-03-30' });
    expect(statsRange(now, undefined, '2026-03-30')).toEqual({ from: '2026-03-01', to: '2026-03-30' });
    expect(statsRange(now, '2026-01-01', '2026-04-02')).toEqual({ from: '2026-01-01', to: '2026-04-02' }); // 92 days
    expect(() => statsRange(now, '2026-01-01', '2026-04-03')).toThrow(/at most 92/);
  });
});
