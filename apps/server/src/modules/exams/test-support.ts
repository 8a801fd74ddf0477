import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client';
import { loginStaff, verifiedPatient, type TestApp } from '../../../test/helper';
import { addDays, chinaDate, weekday } from '../schedule/domain';

/** Shared steps of the exams and vaccines tests: an admin session, fresh catalogue entries, dates, counters. */
export async function adminOf(t: TestApp) {
  const auth = { authorization: '' };
  const login = async () => {
    auth.authorization = `Bearer ${(await loginStaff(t, 'admin')).accessToken}`;
  };
  await login();
  const request = async (method: 'POST' | 'PUT', url: string, payload?: object) => {
    const res = await t.app.inject({ method, url: `/api/v1${url}`, headers: auth, payload });
    // Staff sessions end after idle time, and tests move the clock on by hours.
    if (res.statusCode !== 401) return res;
    await login();
    return t.app.inject({ method, url: `/api/v1${url}`, headers: auth, payload });
  };
  const call = async (method: 'POST' | 'PUT', url: string, payload: object) => {
    const res = await request(method, url, payload);
    if (res.statusCode >= 300) throw new Error(`${method} ${url} answered ${res.statusCode}: ${res.body}`);
    return res.json();
  };
  return {
    auth,
    request,
    call,
    newPackage: (over: object = {}) =>
      call('POST', '/admin/exam-packages', { code: `t-${randomUUID().slice(0, 12)}`, name: '测试套餐', items: [{ name: '血常规' }], priceFen: 10000, ...over }) as Promise<{ id: string }>,
    newVaccine: (over: object = {}) =>
      call('POST', '/admin/vaccines', { code: `t-${randomUUID().slice(0, 12)}`, name: '测试疫苗', manufacturer: '测试厂家', doses: 2, intervalDays: 20, priceFen: 5000, ...over }) as Promise<{ id: string; doses: number }>,
    examPlaces: (packageId: string | null, date: string, capacity: number) => call('PUT', '/admin/exam-capacity', { packageId, date, capacity }),
    vaccinePlaces: (vaccineId: string, date: string, capacity: number) => call('PUT', '/admin/vaccine-capacity', { vaccineId, date, capacity }),
  };
}

/** A day `n` days after today (China calendar) on the test clock. */
export const dayAhead = (t: TestApp, n: number) => addDays(chinaDate(t.clock.now), n);

/** The `k`-th Sunday in the booking window: the demo seeds no exam places on Sundays, so tests own those days. */
export function sundayAhead(t: TestApp, k = 0): string {
  const sundays = Array.from({ length: 14 }, (_, i) => dayAhead(t, i + 1)).filter((d) => weekday(d) === 7);
  return sundays[k]!;
}

export async function examBooked(t: TestApp, packageId: string, date: string): Promise<number> {
  const [row] = await queryRows<{ booked: number }>(t.database.db, sql`select booked from exam_capacity where package_id = ${packageId} and date = ${date}`);
  return Number(row!.booked);
}

export async function vaccineBooked(t: TestApp, vaccineId: string, date: string): Promise<number> {
  const [row] = await queryRows<{ booked: number }>(t.database.db, sql`select booked from vaccine_capacity where vaccine_id = ${vaccineId} and date = ${date}`);
  return Number(row!.booked);
}

/** Many verified patients, ten at a time (the SMS simulator refuses a flood of simultaneous sends). */
export async function manyPatients(t: TestApp, n: number) {
  const out: Awaited<ReturnType<typeof verifiedPatient>>[] = [];
  while (out.length < n) out.push(...(await Promise.all(Array.from({ length: Math.min(10, n - out.length) }, () => verifiedPatient(t)))));
  return out;
}

export async function statusOf(t: TestApp, table: 'exam_bookings' | 'vaccinations', id: string): Promise<string> {
  const [row] = await queryRows<{ status: string }>(t.database.db, sql`select status from ${sql.identifier(table)} where id = ${id}`);
  return row!.status;
}
