import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { bookingClient } from '../../../test/booking-helpers';
import { birthForAge, buildTestApp, loginStaff, makeIdNumber, openTestSlot, verifiedPatient } from '../../../test/helper';

type Entry = { id: string; position: number | null; patientNameMasked: string; status: string; sessionId: string | null; offerExpiresAt: string | null; bookingId: string | null };

describe('waitlist admin view (候补管理)', async () => {
  const t = await buildTestApp();
  const c = bookingClient(t);
  const person = (name: string, age: number) => verifiedPatient(t, name, makeIdNumber(birthForAge(age)));

  it('lists a clinic’s line in order with masked names, shows the outstanding offer, and audits each look', async () => {
    const slot = await openTestSlot(t, 1);
    const { sessionId, departmentId } = await c.sessionOf(slot.slotId);
    const holder = await person('占号人', 40);
    const held = (await c.book(holder.auth, holder.self.id, slot.slotId)).json();
    const first = await person('候补张三', 30);
    const second = await person('候补李四', 31);
    const wide = await person('候补王五', 32);
    const join = (p: typeof first, body: object) => c.call('POST', '/waitlist', p.auth, { patientId: p.self.id, ...body });
    const ids = [
      (await join(first, { sessionId })).json().id,
      (await join(second, { sessionId })).json().id,
      // Department-wide, for any doctor that day: in this clinic's line too, behind those who came first.
      (await join(wide, { departmentId, dates: [slot.date] })).json().id,
    ];
    const admin = { authorization: `Bearer ${(await loginStaff(t, 'admin')).accessToken}` };
    const line = async (query: string) => {
      const res = await c.call('GET', `/staff/waitlist?${query}`, admin);
      expect(res.statusCode).toBe(200);
      return (res.json().items as Entry[]).filter((e) => ids.includes(e.id));
    };

    const before = await line(`sessionId=${sessionId}`);
    expect(before.map((e) => [e.id, e.position, e.status])).toEqual([[ids[0], 1, 'waiting'], [ids[1], 2, 'waiting'], [ids[2], 3, 'waiting']]);
    expect(before.map((e) => e.sessionId)).toEqual([sessionId, sessionId, null]);
    expect(before[0]!.patientNameMasked).not.toContain('张三');
    expect(before[0]!.patientNameMasked.startsWith('候')).toBe(true);

    // A freed place goes to the first in line: an offer outstanding until paid, and everyone moves up.
    expect((await c.cancel(holder.auth, held.id)).statusCode).toBe(200);
    const after = await line(`sessionId=${sessionId}`);
    expect(after.map((e) => [e.id, e.position, e.status])).toEqual([[ids[0], null, 'offered'], [ids[1], 1, 'waiting'], [ids[2], 2, 'waiting']]);
    expect(new Date(after[0]!.offerExpiresAt!).getTime() - t.clock.now.getTime()).toBe(30 * 60_000);

    // The department's view holds the same people in the same order.
    expect((await line(`departmentId=${departmentId}`)).map((e) => e.id)).toEqual(ids);

    const audited = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log where object_type = 'waitlist' and action = 'list' and object_id in (${sessionId}, ${departmentId})`);
    expect(audited[0]!.n).toBe(3);
  });

  it('answers only admins, and refuses unknown or ambiguous lines clearly', async () => {
    const slot = await openTestSlot(t, 1);
    const { sessionId, departmentId } = await c.sessionOf(slot.slotId);
    const url = `/staff/waitlist?sessionId=${sessionId}`;
    const patient = await person('患者甲', 28);
    expect((await c.call('GET', url, patient.auth)).statusCode).toBe(403);
    const doctor = { authorization: `Bearer ${(await loginStaff(t, 'doctor')).accessToken}` };
    expect((await c.call('GET', url, doctor)).statusCode).toBe(403);
    expect((await c.call('GET', url, {})).statusCode).toBe(401);

    const admin = { authorization: `Bearer ${(await loginStaff(t, 'admin')).accessToken}` };
    const unknown = await c.call('GET', '/staff/waitlist?sessionId=00000000-0000-4000-8000-000000000000', admin);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().messageZh).toBe('出诊不存在');
    expect((await c.call('GET', '/staff/waitlist?departmentId=00000000-0000-4000-8000-000000000000', admin)).statusCode).toBe(404);
    expect((await c.call('GET', `/staff/waitlist?sessionId=${sessionId}&departmentId=${departmentId}`, admin)).statusCode).toBe(400);
    expect((await c.call('GET', '/staff/waitlist', admin)).statusCode).toBe(400);
  });
});
