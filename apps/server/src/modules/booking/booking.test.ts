import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client';
import { addDays, chinaDate } from '../schedule/domain';
import { describe, expect, it } from 'vitest';
import { birthForAge, buildTestApp, loginPatient, loginStaff, makeIdNumber, openTestSlot, verifiedPatient } from '../../../test/helper';

describe('booking (挂号)', async () => {
  // The hold-expiry sweep acts on every row: this file keeps its own database (PostgreSQL races are in rush.test.ts).
  const t = await buildTestApp({ DATABASE_URL: undefined });
  const book = (auth: Record<string, string>, patientId: string, slotId: string) => t.app.inject({ method: 'POST', url: '/api/v1/bookings', headers: auth, payload: { patientId, slotId } });
  const booked = async (slotId: string) => {
    const [row] = await queryRows<{ booked: number }>(t.database.db, sql`select booked from slots where id = ${slotId}`);
    return Number(row!.booked);
  };

  it('books a held place with a visit number and opens the doctor’s access to the record', async () => {
    const slot = await openTestSlot(t, 5, 0); // doctor 0 is d001, the demo doctor's catalogue entry
    const p = await verifiedPatient(t);
    const res = await book(p.auth, p.self.id, slot.slotId);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'held', visitNo: 1, feeFen: 2000, date: slot.date });
    expect(await booked(slot.slotId)).toBe(1);
    const mine = (await t.app.inject({ method: 'GET', url: '/api/v1/bookings', headers: p.auth })).json().items;
    expect(mine.map((b: { id: string }) => b.id)).toEqual([res.json().id]);
    const doctor = { authorization: `Bearer ${(await loginStaff(t, 'doctor')).accessToken}` };
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/clinical/patients/${p.self.id}/health-record`, headers: doctor })).statusCode).toBe(200);
  });

  it('gives each bad request its own clear answer and changes nothing', async () => {
    const slot = await openTestSlot(t, 1);
    const p = await verifiedPatient(t);
    const other = await verifiedPatient(t);
    expect((await book(other.auth, p.self.id, slot.slotId)).statusCode).toBe(404); // someone else's patient
    const unverified = await loginPatient(t);
    const ua = { authorization: `Bearer ${unverified.accessToken}` };
    const passport = (await t.app.inject({ method: 'POST', url: '/api/v1/patients/self/verification', headers: ua, payload: { name: 'Ann Lee', idType: 'passport', idNumber: `P${Date.now() % 1e8}` } })).json();
    expect((await book(ua, passport.id, slot.slotId)).json().code).toBe('PATIENT_NOT_VERIFIED');
    expect((await book(p.auth, p.self.id, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await book(p.auth, 'x', 'y')).statusCode).toBe(400);
    expect(await booked(slot.slotId)).toBe(0);
    expect((await book(p.auth, p.self.id, slot.slotId)).statusCode).toBe(201);
    const full = await book(other.auth, other.self.id, slot.slotId);
    expect(full.statusCode).toBe(409);
    expect(full.json()).toMatchObject({ code: 'SLOT_FULL', messageZh: expect.stringContaining('约满') });
    expect(await booked(slot.slotId)).toBe(1);
  });

  it('refuses a second booking with the same doctor that day, leaving the place untouched', async () => {
    const slot = await openTestSlot(t, 3);
    const p = await verifiedPatient(t);
    expect((await book(p.auth, p.self.id, slot.slotId)).statusCode).toBe(201);
    const again = await book(p.auth, p.self.id, slot.slotId);
    expect(again.json().code).toBe('DUPLICATE_BOOKING');
    expect(await booked(slot.slotId)).toBe(1);
  });

  it('never oversells: 20 patients racing for 3 places get exactly 3', async () => {
    const slot = await openTestSlot(t, 3);
    const racers = [];
    for (let i = 0; i < 20; i++) racers.push(await verifiedPatient(t, `王${'甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉'[i]}`, makeIdNumber(birthForAge(30 + i))));
    const results = await Promise.all(racers.map((r) => book(r.auth, r.self.id, slot.slotId)));
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(3);
    expect(codes.filter((c) => c === 409)).toHaveLength(17);
    expect(await booked(slot.slotId)).toBe(3);
    expect(results.filter((r) => r.statusCode === 201).map((r) => r.json().visitNo).sort()).toEqual([1, 2, 3]);
  });

  it('returns the place at once on cancel, and only once', async () => {
    const slot = await openTestSlot(t, 1);
    const p = await verifiedPatient(t);
    const b = (await book(p.auth, p.self.id, slot.slotId)).json();
    const cancel = () => t.app.inject({ method: 'POST', url: `/api/v1/bookings/${b.id}/cancel`, headers: p.auth });
    const [first, second] = await Promise.all([cancel(), cancel()]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    expect(await booked(slot.slotId)).toBe(0);
    const other = await verifiedPatient(t);
    expect((await book(other.auth, other.self.id, slot.slotId)).statusCode).toBe(201);
    const stranger = await verifiedPatient(t);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/bookings/${b.id}/cancel`, headers: stranger.auth })).statusCode).toBe(404);
    // 36 characters that look like a uuid to a loose check but are not one: still 404, never a database error.
    const notUuid = '-'.repeat(36);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/bookings/${notUuid}/cancel`, headers: p.auth })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/family/invitations/${notUuid}/confirm`, headers: p.auth, payload: { code: '123456' } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/me/managers/${notUuid}`, headers: p.auth })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/patients/${p.self.id}/care-grants/${notUuid}`, headers: p.auth })).statusCode).toBe(404);
  });

  it('releases unpaid holds after 15 minutes (the background sweep)', async () => {
    const slot = await openTestSlot(t, 1);
    const p = await verifiedPatient(t);
    const b = (await book(p.auth, p.self.id, slot.slotId)).json();
    await t.app.jobs.expireHolds();
    expect(await booked(slot.slotId)).toBe(1);
    t.clock.advance(16 * 60);
    expect(await t.app.jobs.expireHolds()).toBeGreaterThanOrEqual(1);
    expect(await booked(slot.slotId)).toBe(0);
    const [row] = await queryRows<{ status: string }>(t.database.db, sql`select status from bookings where id = ${b.id}`);
    expect(row!.status).toBe('expired');
  });
  it('allows at most 3 departments a day per patient', async () => {
    const p = await verifiedPatient(t);
    const all = (await t.app.inject({ method: 'GET', url: '/api/v1/doctors?pageSize=100' })).json().items as { departmentId: string }[];
    const date = addDays(chinaDate(t.clock.now), 8 + Math.floor(Math.random() * 5));
    const codes: string[] = [];
    const usedDepartments = new Set<string>();
    for (const [index, d] of all.entries()) {
      if (codes.length === 4) break;
      if (usedDepartments.has(d.departmentId)) continue;
      const slot = await openTestSlot(t, 2, index, date).catch(() => null);
      if (!slot) continue;
      usedDepartments.add(d.departmentId);
      const res = await book(p.auth, p.self.id, slot.slotId);
      codes.push(res.statusCode === 201 ? 'ok' : res.json().code);
    }
    expect(codes).toEqual(['ok', 'ok', 'ok', 'DEPARTMENT_LIMIT']);
  });
});
