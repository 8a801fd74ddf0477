import { describe, expect, it } from 'vitest';
import { birthForAge, buildTestApp, loginPatient, makeIdNumber, verifiedPatient } from '../../../test/helper';
import { adminOf, dayAhead, manyPatients, statusOf, vaccineBooked } from './test-support';

describe('vaccinations (疫苗接种)', async () => {
  const t = await buildTestApp();
  const admin = await adminOf(t);
  const book = (auth: Record<string, string>, patientId: string, vaccineId: string, date: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/vaccinations', headers: auth, payload: { patientId, vaccineId, date } });
  const plan = (auth: Record<string, string>, patientId: string, vaccineId: string) =>
    t.app.inject({ method: 'GET', url: `/api/v1/vaccines/${vaccineId}/plan?patientId=${patientId}`, headers: auth });
  const give = (id: string) => admin.request('POST', `/admin/vaccinations/${id}/given`);
  const relogin = async (p: { phone: string }) => ({ authorization: `Bearer ${(await loginPatient(t, p.phone)).accessToken}` });
  const seeded = (await t.app.inject({ method: 'GET', url: '/api/v1/vaccines' })).json().items as { id: string; code: string; doses: number; days: unknown[] }[];
  const byCode = (code: string) => seeded.find((v) => v.code === code)!;

  it('lists the demo vaccines with their doses and places', () => {
    expect(seeded.map((v) => `${v.code}:${v.doses}`)).toEqual(expect.arrayContaining(['hepb:3', 'hpv9:3', 'flu:1', 'zoster:2', 'rabies:5', 'ppv23:1']));
    expect(byCode('flu').days.length).toBeGreaterThanOrEqual(11);
  });

  it('never oversells and keeps one open booking per patient per vaccine', async () => {
    const v = await admin.newVaccine();
    const date = dayAhead(t, 3);
    await admin.vaccinePlaces(v.id, date, 5);
    await admin.vaccinePlaces(v.id, dayAhead(t, 4), 50);
    const racers = await manyPatients(t, 30);
    const results = await Promise.all(racers.map((r) => book(r.auth, r.self.id, v.id, date)));
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(5);
    expect(results.filter((r) => r.statusCode !== 201).every((r) => r.json().code === 'DAY_FULL')).toBe(true);
    expect(await vaccineBooked(t, v.id, date)).toBe(5);
    // One patient firing ten bookings for the same vaccine at once gets exactly one.
    const p = await verifiedPatient(t);
    const burst = await Promise.all(Array.from({ length: 10 }, () => book(p.auth, p.self.id, v.id, dayAhead(t, 4))));
    expect(burst.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(burst.filter((r) => r.statusCode !== 201).every((r) => r.json().code === 'VACCINATION_OPEN')).toBe(true);
    expect(await vaccineBooked(t, v.id, dayAhead(t, 4))).toBe(1);
  }, 60_000);

  it('refuses the wrong sex and age, another account’s patient and an unverified one', async () => {
    const man = await verifiedPatient(t, '张男', makeIdNumber(birthForAge(35), 103));
    const date = dayAhead(t, 2);
    expect((await book(man.auth, man.self.id, byCode('hpv9').id, date)).json()).toMatchObject({ statusCode: 422, code: 'SEX_RESTRICTED', messageEn: 'This vaccine is for women only' });
    expect((await book(man.auth, man.self.id, byCode('zoster').id, date)).json().code).toBe('AGE_TOO_YOUNG');
    const older = await verifiedPatient(t, '张女', makeIdNumber(birthForAge(50), 104));
    expect((await book(older.auth, older.self.id, byCode('hpv9').id, date)).json().code).toBe('AGE_TOO_OLD');
    expect((await plan(older.auth, older.self.id, byCode('hpv9').id)).json()).toMatchObject({ nextDose: 1, problem: 'too_old' });
    expect((await book(older.auth, man.self.id, byCode('flu').id, date)).statusCode).toBe(404);
    expect((await plan(older.auth, man.self.id, byCode('flu').id)).statusCode).toBe(404);
    const unverified = await loginPatient(t);
    const ua = { authorization: `Bearer ${unverified.accessToken}` };
    const passport = (await t.app.inject({ method: 'POST', url: '/api/v1/patients/self/verification', headers: ua, payload: { name: 'Bo Li', idType: 'passport', idNumber: `Q${Date.now() % 1e8}` } })).json();
    expect((await book(ua, passport.id, byCode('flu').id, date)).json().code).toBe('PATIENT_NOT_VERIFIED');
  });

  it('books dose 2 only an interval after dose 1 was given: refused, then accepted once the clock moves', async () => {
    const v = await admin.newVaccine({ doses: 2, intervalDays: 20 });
    const p = await verifiedPatient(t);
    const first = (await book(p.auth, p.self.id, v.id, dayAhead(t, 1))).json();
    expect(first.code).toBe('DATE_NOT_OFFERED');
    await admin.vaccinePlaces(v.id, dayAhead(t, 1), 5);
    const dose1 = (await book(p.auth, p.self.id, v.id, dayAhead(t, 1))).json();
    expect(dose1).toMatchObject({ doseNo: 1, doses: 2, status: 'held' });
    expect((await give(dose1.id)).json().code).toBe('VACCINATION_NOT_DUE');
    t.clock.advance(24 * 3600);
    expect((await give(dose1.id)).json()).toMatchObject({ status: 'given', doseNo: 1 });
    expect((await give(dose1.id)).json().code).toBe('BOOKING_NOT_ACTIVE');
    const auth = await relogin(p);
    const givenOn = dayAhead(t, 0);
    const due = dayAhead(t, 20);
    expect((await plan(auth, p.self.id, v.id)).json()).toMatchObject({ nextDose: 2, earliestDate: due, given: [{ doseNo: 1, givenOn }], openVaccinationId: null });
    await admin.vaccinePlaces(v.id, dayAhead(t, 14), 5);
    const early = (await book(auth, p.self.id, v.id, dayAhead(t, 14))).json();
    expect(early).toMatchObject({ statusCode: 409, code: 'DOSE_TOO_EARLY', details: { doseNo: 2, earliestDate: due } });
    expect(await vaccineBooked(t, v.id, dayAhead(t, 14))).toBe(0);
    t.clock.advance(7 * 24 * 3600);
    await admin.vaccinePlaces(v.id, due, 5);
    const later = await relogin(p);
    const dose2 = (await book(later, p.self.id, v.id, due)).json();
    expect(dose2).toMatchObject({ doseNo: 2, date: due, status: 'held' });
  });

  it('refuses a dose beyond the course', async () => {
    const v = await admin.newVaccine({ doses: 1, intervalDays: 0 });
    await admin.vaccinePlaces(v.id, dayAhead(t, 1), 5);
    await admin.vaccinePlaces(v.id, dayAhead(t, 2), 5);
    const p = await verifiedPatient(t);
    const b = (await book(p.auth, p.self.id, v.id, dayAhead(t, 1))).json();
    t.clock.advance(24 * 3600);
    expect((await give(b.id)).statusCode).toBe(200);
    const auth = await relogin(p);
    expect((await book(auth, p.self.id, v.id, dayAhead(t, 1))).json()).toMatchObject({ statusCode: 409, code: 'DOSES_COMPLETE' });
    expect((await plan(auth, p.self.id, v.id)).json()).toMatchObject({ nextDose: null, earliestDate: null });
  });

  it('releases unpaid holds after 15 minutes and returns a cancelled place at once', async () => {
    const v = await admin.newVaccine();
    const date = dayAhead(t, 3);
    await admin.vaccinePlaces(v.id, date, 1);
    const [p, q] = [await verifiedPatient(t), await verifiedPatient(t)];
    const held = (await book(p.auth, p.self.id, v.id, date)).json();
    expect((await book(q.auth, q.self.id, v.id, date)).json().code).toBe('DAY_FULL');
    t.clock.advance(16 * 60);
    expect(await t.app.examJobs.expireHolds()).toBeGreaterThanOrEqual(1);
    expect(await statusOf(t, 'vaccinations', held.id)).toBe('expired');
    expect(await vaccineBooked(t, v.id, date)).toBe(0);
    const qa = await relogin(q);
    const b = (await book(qa, q.self.id, v.id, date)).json();
    expect(b.status).toBe('held');
    const cancel = (auth: Record<string, string>) => t.app.inject({ method: 'POST', url: `/api/v1/vaccinations/${b.id}/cancel`, headers: auth });
    expect((await cancel(await relogin(p))).statusCode).toBe(404);
    expect((await cancel(qa)).json()).toMatchObject({ status: 'cancelled', vaccineName: '测试疫苗' });
    expect(await vaccineBooked(t, v.id, date)).toBe(0);
    const mine = (await t.app.inject({ method: 'GET', url: '/api/v1/vaccinations', headers: qa })).json().items;
    expect(mine).toMatchObject([{ id: b.id, status: 'cancelled', doseNo: 1 }]);
  });
});
