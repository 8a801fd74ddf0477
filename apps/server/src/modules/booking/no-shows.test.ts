import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { birthForAge, buildTestApp, loginPatient, loginStaff, makeIdNumber, openTestSlot, verifiedPatient } from '../../../test/helper';
import { bookingClient } from '../../../test/booking-helpers';
import { addDays, chinaDate } from '../schedule/domain';

describe('no-shows (爽约) and appeals', async () => {
  // Sweeps and deliveries act on every row, and the clock jumps days: this file keeps its own database.
  const t = await buildTestApp({ DATABASE_URL: undefined });
  const c = bookingClient(t);
  const bearer = (s: { accessToken: string }) => ({ authorization: `Bearer ${s.accessToken}` });

  it('marks paid, unchecked-in bookings as no-shows after the slot, suspends at three, and lifts on an approved appeal', async () => {
    const p = await verifiedPatient(t, '爽约测试', makeIdNumber(birthForAge(40)));
    const today = chinaDate(t.clock.now);
    const paid: string[] = [];
    for (const day of [2, 3, 4]) {
      const slot = await openTestSlot(t, 2, undefined, addDays(today, day));
      const b = (await c.book(p.auth, p.self.id, slot.slotId)).json();
      await c.markPaid(b.id);
      paid.push(b.id);
    }
    const unpaid = (await c.book(p.auth, p.self.id, (await openTestSlot(t, 2, undefined, addDays(today, 4))).slotId)).json();

    t.clock.advance(6 * 86_400);
    await t.app.jobs.expireHolds();
    const swept = await t.app.jobs.bookingSweep();
    expect(swept.noShows).toBeGreaterThanOrEqual(3); // other files' bookings may share a PostgreSQL
    const auth = bearer(await loginPatient(t, p.phone));
    const mine = await c.mine(auth);
    expect(mine.filter((b) => paid.includes(b.id)).map((b) => b.status)).toEqual(['no_show', 'no_show', 'no_show']);
    expect(mine.find((b) => b.id === unpaid.id)?.status).toBe('expired');

    const summary = (await c.call('GET', `/patients/${p.self.id}/no-shows`, auth)).json();
    expect(summary).toMatchObject({ count: 3, threshold: 3, windowDays: 90 });
    expect(summary.bannedUntil).not.toBeNull();
    const next = await openTestSlot(t, 2);
    const refused = await c.book(auth, p.self.id, next.slotId);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'BOOKING_SUSPENDED', messageZh: expect.stringContaining('爽约') });

    const appeal = await c.call('POST', `/bookings/${paid[0]}/appeal`, auth, { reason: '当天突发高烧在急诊就诊，有急诊病历' });
    expect(appeal.statusCode).toBe(201);
    expect((await c.call('POST', `/bookings/${paid[0]}/appeal`, auth, { reason: '再次申诉一下下' })).json().code).toBe('ALREADY_APPEALED');
    expect((await c.call('POST', `/bookings/${unpaid.id}/appeal`, auth, { reason: '这不是爽约记录' })).json().code).toBe('NOT_A_NO_SHOW');
    const stranger = await verifiedPatient(t);
    expect((await c.call('POST', `/bookings/${paid[1]}/appeal`, stranger.auth, { reason: '别人的爽约记录' })).statusCode).toBe(404);
    expect((await c.call('GET', `/patients/${p.self.id}/no-shows`, stranger.auth)).statusCode).toBe(404);

    const admin = bearer(await loginStaff(t, 'admin'));
    expect((await c.call('GET', '/staff/appeals?status=pending', auth)).statusCode).toBe(403);
    const pending = (await c.call('GET', '/staff/appeals?status=pending', admin)).json().items;
    expect(pending.find((a: { id: string }) => a.id === appeal.json().id)).toMatchObject({ patientName: '爽约测试', status: 'pending' });
    const decided = await c.call('POST', `/staff/appeals/${appeal.json().id}/decide`, admin, { approve: true, note: '急诊病历属实' });
    expect(decided.json()).toMatchObject({ status: 'approved' });
    expect((await c.call('POST', `/staff/appeals/${appeal.json().id}/decide`, admin, { approve: false })).statusCode).toBe(404);

    const after = (await c.call('GET', `/patients/${p.self.id}/no-shows`, auth)).json();
    expect(after).toMatchObject({ count: 2, bannedUntil: null });
    expect((await c.book(auth, p.self.id, next.slotId)).statusCode).toBe(201);
  });

  it('takes closed bookings off the account’s open count exactly once', async () => {
    const p = await verifiedPatient(t, '计数测试', makeIdNumber(birthForAge(33)));
    const slot = await openTestSlot(t, 2);
    const b = (await c.book(p.auth, p.self.id, slot.slotId)).json();
    await c.markPaid(b.id);
    const openCount = async () => {
      const [row] = await queryRows<{ open: number }>(t.database.db, sql`select open from account_open_bookings a join bookings b on b.account_id = a.account_id where b.id = ${b.id}`);
      return Number(row!.open);
    };
    expect(await openCount()).toBe(1);
    t.clock.advance(8 * 86_400);
    await t.app.jobs.bookingSweep();
    expect(await openCount()).toBe(0);
    await t.app.jobs.bookingSweep();
    expect(await openCount()).toBe(0);
  });
});
