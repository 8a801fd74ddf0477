import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { seedExamsDemo } from './seeder';
import { birthForAge, buildTestApp, loginPatient, makeIdNumber, verifiedPatient } from '../../../test/helper';
import { adminOf, dayAhead, examBooked, manyPatients, statusOf, sundayAhead } from './test-support';

describe('exam packages (体检预约)', async () => {
  const t = await buildTestApp();
  const admin = await adminOf(t);
  const book = (auth: Record<string, string>, patientId: string, packageId: string, date: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/exam-bookings', headers: auth, payload: { patientId, packageId, date } });
  const seeded = (await t.app.inject({ method: 'GET', url: '/api/v1/exam-packages' })).json().items as { id: string; code: string; sex: string; days: { date: string; remaining: number }[] }[];
  const byCode = (code: string) => seeded.find((p) => p.code === code)!;

  it('lists the demo packages with places for the coming days, Sundays closed', () => {
    expect(seeded.map((p) => p.code)).toEqual(expect.arrayContaining(['entry', 'basic-male', 'basic-female', 'senior', 'prepregnancy', 'kindergarten']));
    const entry = byCode('entry');
    expect(entry.days.length).toBeGreaterThanOrEqual(11);
    expect(entry.days.some((d) => d.date === sundayAhead(t))).toBe(false);
    expect(entry.days.every((d) => d.date > dayAhead(t, 0) && d.date <= dayAhead(t, 14))).toBe(true);
    expect(byCode('prepregnancy').sex).toBe('female');
  });

  it('seeds idempotently: a second run adds nothing and keeps what was booked', async () => {
    const count = async () => (await queryRows<{ n: number; booked: number }>(t.database.db, sql`select count(*)::int as n, coalesce(sum(booked), 0)::int as booked from exam_capacity`))[0]!;
    const p = await verifiedPatient(t);
    const entry = byCode('entry');
    expect((await book(p.auth, p.self.id, entry.id, entry.days[0]!.date)).statusCode).toBe(201);
    const before = await count();
    await t.database.db.transaction((tx) => seedExamsDemo(tx, t.clock.now));
    expect(await count()).toEqual(before);
    expect(before.booked).toBeGreaterThanOrEqual(1);
  });

  it('never oversells: 200 simultaneous attempts (50 patients, 4 each) on 10 places get exactly 10, one per patient', async () => {
    const pkg = await admin.newPackage();
    const date = sundayAhead(t);
    await admin.examPlaces(pkg.id, date, 10);
    const racers = await manyPatients(t, 50);
    const attempts = [0, 1, 2, 3].flatMap(() => racers.map((r) => ({ r, res: book(r.auth, r.self.id, pkg.id, date) })));
    const results = await Promise.all(attempts.map(async (a) => ({ patient: a.r.self.id, res: await a.res })));
    const accepted = results.filter((x) => x.res.statusCode === 201);
    expect(results).toHaveLength(200);
    expect(accepted).toHaveLength(10);
    expect(new Set(accepted.map((x) => x.patient)).size).toBe(10);
    const refusals = new Set(results.filter((x) => x.res.statusCode !== 201).map((x) => `${x.res.statusCode} ${x.res.json().code}`));
    expect([...refusals].every((r) => r === '409 DAY_FULL' || r === '409 EXAM_DAY_TAKEN')).toBe(true);
    expect(await examBooked(t, pkg.id, date)).toBe(10);
    const avail = (await t.app.inject({ method: 'GET', url: `/api/v1/exam-packages/${pkg.id}` })).json().days;
    expect(avail).toEqual([{ date, capacity: 10, remaining: 0 }]);
  }, 120_000);

  it('refuses the wrong sex and age, each with its own answer', async () => {
    const man = await verifiedPatient(t, '李男', makeIdNumber(birthForAge(35), 101));
    const date = dayAhead(t, 2);
    const refused = async (code: string) => (await book(man.auth, man.self.id, byCode(code).id, date)).json();
    expect(await refused('basic-female')).toMatchObject({ statusCode: 422, code: 'SEX_RESTRICTED', messageZh: '该体检套餐仅限女性' });
    expect((await refused('prepregnancy')).code).toBe('SEX_RESTRICTED');
    expect((await refused('senior')).code).toBe('AGE_TOO_YOUNG');
    expect((await refused('kindergarten')).code).toBe('AGE_TOO_OLD');
    const woman = await verifiedPatient(t, '李女', makeIdNumber(birthForAge(30), 102));
    expect((await book(woman.auth, woman.self.id, byCode('basic-male').id, date)).json().code).toBe('SEX_RESTRICTED');
  });

  it('gives each bad request its own clear answer and takes no place', async () => {
    const pkg = await admin.newPackage();
    const date = sundayAhead(t);
    await admin.examPlaces(pkg.id, date, 3);
    const p = await verifiedPatient(t);
    const stranger = await verifiedPatient(t);
    expect((await book(stranger.auth, p.self.id, pkg.id, date)).statusCode).toBe(404); // another account's patient
    const unverified = await loginPatient(t);
    const ua = { authorization: `Bearer ${unverified.accessToken}` };
    const passport = (await t.app.inject({ method: 'POST', url: '/api/v1/patients/self/verification', headers: ua, payload: { name: 'Ann Lee', idType: 'passport', idNumber: `P${Date.now() % 1e8}` } })).json();
    expect((await book(ua, passport.id, pkg.id, date)).json().code).toBe('PATIENT_NOT_VERIFIED');
    expect((await book(p.auth, p.self.id, pkg.id, dayAhead(t, 0))).json().code).toBe('DATE_PAST');
    expect((await book(p.auth, p.self.id, pkg.id, dayAhead(t, 15))).json().code).toBe('DATE_TOO_FAR');
    expect((await book(p.auth, p.self.id, pkg.id, sundayAhead(t, 1))).json().code).toBe('DATE_NOT_OFFERED');
    expect((await book(p.auth, p.self.id, '00000000-0000-4000-8000-000000000000', date)).statusCode).toBe(404);
    expect((await book(p.auth, 'x', pkg.id, 'tomorrow')).statusCode).toBe(400);
    expect(await examBooked(t, pkg.id, date)).toBe(0);
    expect((await book(p.auth, p.self.id, pkg.id, date)).statusCode).toBe(201);
    const other = await admin.newPackage();
    await admin.examPlaces(other.id, date, 3);
    expect((await book(p.auth, p.self.id, other.id, date)).json()).toMatchObject({ statusCode: 409, code: 'EXAM_DAY_TAKEN' });
    expect(await examBooked(t, other.id, date)).toBe(0);
  });

  it('holds the exam centre’s shared limit across packages', async () => {
    const date = sundayAhead(t, 1);
    const [a, b] = [await admin.newPackage(), await admin.newPackage()];
    await admin.examPlaces(a.id, date, 5);
    await admin.examPlaces(b.id, date, 5);
    await admin.examPlaces(null, date, 1);
    const [p, q] = [await verifiedPatient(t), await verifiedPatient(t)];
    expect((await book(p.auth, p.self.id, a.id, date)).statusCode).toBe(201);
    expect((await book(q.auth, q.self.id, b.id, date)).json().code).toBe('DAY_FULL');
    expect(await examBooked(t, b.id, date)).toBe(0);
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/admin/exam-capacity', headers: admin.auth, payload: { packageId: a.id, date, capacity: 0 } })).json().code).toBe('CAPACITY_BELOW_BOOKED');
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/admin/exam-capacity', headers: p.auth, payload: { packageId: a.id, date, capacity: 9 } })).statusCode).toBe(403);
  });

  it('releases unpaid holds after 15 minutes, through the job', async () => {
    const pkg = await admin.newPackage();
    const date = sundayAhead(t);
    await admin.examPlaces(pkg.id, date, 1);
    const p = await verifiedPatient(t);
    const b = (await book(p.auth, p.self.id, pkg.id, date)).json();
    expect(b).toMatchObject({ status: 'held', priceFen: 10000, patientName: '测试患者', packageName: '测试套餐' });
    const mine = (await t.app.inject({ method: 'GET', url: '/api/v1/exam-bookings', headers: p.auth })).json().items;
    expect(mine).toMatchObject([{ id: b.id, status: 'held', date }]);
    await t.app.examJobs.expireHolds();
    expect(await examBooked(t, pkg.id, date)).toBe(1);
    t.clock.advance(16 * 60);
    expect(await t.app.examJobs.expireHolds()).toBeGreaterThanOrEqual(1);
    expect(await examBooked(t, pkg.id, date)).toBe(0);
    expect(await statusOf(t, 'exam_bookings', b.id)).toBe('expired');
  });

  it('returns the place at once on cancel, only once, and not on the day itself', async () => {
    const pkg = await admin.newPackage();
    const date = dayAhead(t, 1);
    await admin.examPlaces(pkg.id, date, 1);
    const [p, q] = [await verifiedPatient(t), await verifiedPatient(t)];
    const b = (await book(p.auth, p.self.id, pkg.id, date)).json();
    expect((await book(q.auth, q.self.id, pkg.id, date)).json().code).toBe('DAY_FULL');
    const cancel = (auth: Record<string, string>, id: string) => t.app.inject({ method: 'POST', url: `/api/v1/exam-bookings/${id}/cancel`, headers: auth });
    expect((await cancel(q.auth, b.id)).statusCode).toBe(404);
    const [first, second] = await Promise.all([cancel(p.auth, b.id), cancel(p.auth, b.id)]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    expect(await examBooked(t, pkg.id, date)).toBe(0);
    const taken = (await book(q.auth, q.self.id, pkg.id, date)).json();
    expect(taken.status).toBe('held');
    t.clock.advance(24 * 3600); // the exam day has come: too late to cancel
    const again = { authorization: `Bearer ${(await loginPatient(t, q.phone)).accessToken}` };
    expect((await cancel(again, taken.id)).json().code).toBe('CANCEL_TOO_LATE');
  });
});
