import { describe, expect, it } from 'vitest';
import { buildTestApp, verifiedPatient } from '../../../test/helper';
import { addDays } from '../schedule/domain';
import { adminOf, dayAhead, sundayAhead } from './test-support';

describe('admin capacity reads (体检/疫苗 名额)', async () => {
  const t = await buildTestApp();
  const admin = await adminOf(t);
  const read = (auth: Record<string, string>, what: 'exam' | 'vaccine', from: string, to: string) =>
    t.app.inject({ method: 'GET', url: `/api/v1/admin/${what}-capacity?from=${from}&to=${to}`, headers: auth });

  it('lists a package’s row with its booking and the centre’s daily total with packageId null', async () => {
    const date = sundayAhead(t, 1);
    const pkg = await admin.newPackage();
    await admin.examPlaces(pkg.id, date, 4);
    await admin.examPlaces(null, date, 7);
    const p = await verifiedPatient(t);
    const booked = await t.app.inject({ method: 'POST', url: '/api/v1/exam-bookings', headers: p.auth, payload: { patientId: p.self.id, packageId: pkg.id, date } });
    expect(booked.statusCode).toBe(201);
    const res = await read(admin.auth, 'exam', date, date);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { date: string; packageId: string | null; capacity: number; booked: number }[];
    expect(items.find((r) => r.packageId === pkg.id)).toEqual({ date, packageId: pkg.id, capacity: 4, booked: 1 });
    // The centre's total counts every package's bookings that day, this one included.
    expect(items.find((r) => r.packageId === null)).toEqual({ date, packageId: null, capacity: 7, booked: 1 });
    expect(items.every((r) => r.date === date)).toBe(true);
  });

  it('lists a vaccine’s row with its booking, only inside the range', async () => {
    const [date, later] = [dayAhead(t, 3), dayAhead(t, 9)];
    const v = await admin.newVaccine();
    await admin.vaccinePlaces(v.id, date, 5);
    await admin.vaccinePlaces(v.id, later, 2);
    const p = await verifiedPatient(t);
    const booked = await t.app.inject({ method: 'POST', url: '/api/v1/vaccinations', headers: p.auth, payload: { patientId: p.self.id, vaccineId: v.id, date } });
    expect(booked.statusCode).toBe(201);
    const mine = async (from: string, to: string) => ((await read(admin.auth, 'vaccine', from, to)).json().items as { vaccineId: string }[]).filter((r) => r.vaccineId === v.id);
    expect(await mine(date, addDays(date, 1))).toEqual([{ vaccineId: v.id, date, capacity: 5, booked: 1 }]);
    expect(await mine(date, later)).toEqual([{ vaccineId: v.id, date, capacity: 5, booked: 1 }, { vaccineId: v.id, date: later, capacity: 2, booked: 0 }]);
  });

  it('answers a patient with 403', async () => {
    const p = await verifiedPatient(t);
    const day = dayAhead(t, 1);
    expect((await read(p.auth, 'exam', day, day)).statusCode).toBe(403);
    expect((await read(p.auth, 'vaccine', day, day)).statusCode).toBe(403);
  });

  it('refuses a bad range with a clear answer in both languages', async () => {
    const day = dayAhead(t, 1);
    for (const what of ['exam', 'vaccine'] as const) {
      for (const [from, to] of [['tomorrow', day], ['2026-02-30', '2026-03-01']]) {
        const bad = (await read(admin.auth, what, from!, to!)).json();
        expect(bad).toMatchObject({ statusCode: 400 });
        expect(JSON.stringify(bad)).toContain('日期');
      }
      const reversed = (await read(admin.auth, what, day, addDays(day, -1))).json();
      expect(reversed).toMatchObject({ statusCode: 422, code: 'RANGE_REVERSED', messageZh: '开始日期不能晚于结束日期' });
      expect((await read(admin.auth, what, day, addDays(day, 62))).json()).toMatchObject({ statusCode: 422, code: 'RANGE_TOO_LONG' });
      expect((await read(admin.auth, what, day, addDays(day, 61))).statusCode).toBe(200);
    }
  });
});
