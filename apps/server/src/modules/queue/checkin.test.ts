import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { buildTestApp, loginStaff, openTestSlot, verifiedPatient } from '../../../test/helper';
import { book, checkIn, checkInPoints, clockAtSlot, LONG_SESSIONS, paidVisits } from './test-support';

describe('check-in (签到)', async () => {
  const t = await buildTestApp(LONG_SESSIONS);
  const statusOf = async (id: string) => (await queryRows<{ status: string }>(t.database.db, sql`select status from bookings where id = ${id}`))[0]!.status;
  const audited = async (id: string) => (await queryRows<{ action: string }>(t.database.db, sql`select action from audit_log where object_id = ${id} order by seq`)).map((r) => r.action);

  it('checks in with the department’s QR code; a second check-in answers the same state', async () => {
    const { visits } = await paidVisits(t, 1);
    const { patient, booking } = visits[0]!;
    clockAtSlot(t, booking.startsAt, -10);
    const token = (await checkInPoints(t)).find((p) => p.departmentId === booking.departmentId)!.token;
    const first = await checkIn(t, patient, booking.id, { method: 'qr', token });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ id: booking.id, status: 'checked_in', checkedInAt: t.clock.now.toISOString() });
    t.clock.advance(60);
    const again = await checkIn(t, patient, booking.id, { method: 'qr', token });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(await audited(booking.id)).toEqual(['book', 'check_in_qr']);
  });

  it('refuses a forged code, another department’s code and a replaced code with 422, changing nothing', async () => {
    const { visits } = await paidVisits(t, 1);
    const { patient, booking } = visits[0]!;
    clockAtSlot(t, booking.startsAt, 0);
    const points = await checkInPoints(t);
    const mine = points.find((p) => p.departmentId === booking.departmentId)!;
    const other = points.find((p) => p.departmentId !== booking.departmentId)!;
    const forged = await checkIn(t, patient, booking.id, { method: 'qr', token: `${mine.token.slice(0, -4)}AAAA` });
    expect(forged.statusCode).toBe(422);
    expect(forged.json()).toMatchObject({ code: 'CHECK_IN_CODE_INVALID', messageZh: expect.stringContaining('签到码无效') });
    const elsewhere = await checkIn(t, patient, booking.id, { method: 'qr', token: other.token });
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.json()).toMatchObject({ code: 'CHECK_IN_CODE_OTHER_DEPARTMENT', messageEn: expect.stringContaining('another department') });
    const admin = await loginStaff(t, 'admin');
    const rotated = await t.app.inject({ method: 'POST', url: `/api/v1/admin/check-in-points/${mine.departmentId}/rotate`, headers: { authorization: `Bearer ${admin.accessToken}` } });
    expect(rotated.json()).toMatchObject({ keyVersion: mine.keyVersion + 1 });
    expect((await checkIn(t, patient, booking.id, { method: 'qr', token: mine.token })).json().code).toBe('CHECK_IN_CODE_INVALID');
    expect((await checkIn(t, patient, booking.id, { method: 'qr', token: '' })).statusCode).toBe(400);
    expect(await statusOf(booking.id)).toBe('confirmed');
    expect((await checkIn(t, patient, booking.id, { method: 'qr', token: rotated.json().token })).statusCode).toBe(200);
  });

  it('checks in by location within 500 m and says how far it is from outside', async () => {
    const { visits } = await paidVisits(t, 1);
    const { patient, booking } = visits[0]!;
    clockAtSlot(t, booking.startsAt, 5);
    const point = (await checkInPoints(t)).find((p) => p.departmentId === booking.departmentId)!;
    expect(point.radiusMetres).toBe(500);
    // 0.006° of latitude is about 667 m; 0.004° about 445 m.
    const far = await checkIn(t, patient, booking.id, { method: 'location', latitude: point.latitude + 0.006, longitude: point.longitude });
    expect(far.statusCode).toBe(422);
    expect(far.json()).toMatchObject({ code: 'CHECK_IN_TOO_FAR', messageZh: expect.stringMatching(/约 66\d 米/), details: { radiusMetres: 500 } });
    expect(await statusOf(booking.id)).toBe('confirmed');
    const near = await checkIn(t, patient, booking.id, { method: 'location', latitude: point.latitude + 0.004, longitude: point.longitude });
    expect(near.statusCode).toBe(200);
    expect(near.json().status).toBe('checked_in');
    expect(await audited(booking.id)).toContain('check_in_location');
  });

  it('opens 30 minutes before the slot and closes at its end, naming the times', async () => {
    const { visits } = await paidVisits(t, 2);
    const [early, late] = visits;
    const here = async (v: typeof early) => {
      const point = (await checkInPoints(t)).find((p) => p.departmentId === v!.booking.departmentId)!;
      return checkIn(t, v!.patient, v!.booking.id, { method: 'location', latitude: point.latitude, longitude: point.longitude });
    };
    clockAtSlot(t, early!.booking.startsAt, -35);
    const tooEarly = await here(early);
    expect(tooEarly.statusCode).toBe(409);
    const opens = new Date(Date.parse(early!.booking.startsAt) - 30 * 60_000 + 8 * 3600_000).toISOString().slice(11, 16);
    expect(tooEarly.json()).toMatchObject({ code: 'CHECK_IN_TOO_EARLY', messageZh: expect.stringContaining(opens) });
    clockAtSlot(t, early!.booking.startsAt, -29);
    expect((await here(early)).statusCode).toBe(200);
    clockAtSlot(t, late!.booking.endsAt, 1);
    const tooLate = await here(late);
    expect(tooLate.statusCode).toBe(409);
    expect(tooLate.json()).toMatchObject({ code: 'CHECK_IN_TOO_LATE', messageEn: expect.stringContaining(new Date(Date.parse(late!.booking.endsAt) + 8 * 3600_000).toISOString().slice(11, 16)) });
    expect(await statusOf(late!.booking.id)).toBe('confirmed');
  });

  it('refuses an unpaid booking with 409 “pay first”', async () => {
    const slot = await openTestSlot(t, 1);
    const p = await verifiedPatient(t);
    const held = await book(t, p, slot.slotId);
    clockAtSlot(t, held.startsAt, -5);
    const token = (await checkInPoints(t)).find((x) => x.departmentId === held.departmentId)!.token;
    const res = await checkIn(t, p, held.id, { method: 'qr', token });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'PAYMENT_REQUIRED', messageZh: expect.stringContaining('请先完成支付') });
    expect(await statusOf(held.id)).toBe('held');
  });

  it('answers 404 for another account’s booking and for malformed ids, 400 for a bad body', async () => {
    const { visits } = await paidVisits(t, 1);
    const { patient, booking } = visits[0]!;
    clockAtSlot(t, booking.startsAt, -5);
    const token = (await checkInPoints(t)).find((x) => x.departmentId === booking.departmentId)!.token;
    const stranger = await verifiedPatient(t, '李四');
    expect((await checkIn(t, stranger, booking.id, { method: 'qr', token })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/bookings/${booking.id}/queue`, headers: stranger.auth })).statusCode).toBe(404);
    expect((await checkIn(t, patient, 'not-a-uuid', { method: 'qr', token })).statusCode).toBe(404);
    expect((await checkIn(t, patient, booking.id, { method: 'location', latitude: 91, longitude: 0 })).statusCode).toBe(400);
    expect((await checkIn(t, patient, booking.id, { method: 'wave' })).statusCode).toBe(400);
    expect(await statusOf(booking.id)).toBe('confirmed');
  });
});
