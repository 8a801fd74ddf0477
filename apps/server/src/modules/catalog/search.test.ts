import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/helper';
import { and, eq, lt } from 'drizzle-orm';
import { addDays, chinaDate } from '../schedule/domain';
import { takePlace } from '../schedule/repository';
import { slots } from '../schedule/tables';

interface Hit { sessions: { sessionId: string; period: string; date: string; remaining: number; released: boolean }[]; name: string; title: string; departmentName: string; matchedBy: string; remaining: number }
interface Dept { name: string; code: string; matchedBy: string; reason: string | null; remaining: number }
interface Result { departments: Dept[]; doctors: Hit[]; query: { text: string; title: string | null } }

describe('Chinese search over the demo hospital', async () => {
  const t = await buildTestApp();
  const search = async (params: Record<string, string>) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/search?${new URLSearchParams(params)}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Result;
  };

  it('finds a doctor by full name first (陈建国), out-of-dictionary names included (欧阳志, 司马琳)', async () => {
    for (const name of ['陈建国', '欧阳志', '司马琳']) {
      const r = await search({ q: name });
      expect(r.doctors[0]).toMatchObject({ name, matchedBy: 'name' });
    }
    expect((await search({ q: '陈建国' })).doctors[0]!.departmentName).toBe('心血管内科');
  });

  it('a disease finds the departments and doctors who treat it, doctors naming it before intros (糖尿病)', async () => {
    const r = await search({ q: '糖尿病' });
    expect(r.departments[0]!.name).toBe('内分泌科');
    const first = r.doctors[0]!;
    expect(first.departmentName).toBe('内分泌科');
    expect(first.matchedBy).toBe('keyword');
    const byIntroOnly = r.doctors.findIndex((d) => d.matchedBy === 'intro');
    if (byIntroOnly >= 0) expect(r.doctors.slice(0, byIntroOnly).every((d) => d.matchedBy !== 'intro')).toBe(true);
  });

  it('a symptom word leads to the department the triage rules name, with the reason (胃痛 → 消化内科)', async () => {
    const r = await search({ q: '胃痛' });
    expect(r.departments[0]).toMatchObject({ name: '消化内科', matchedBy: 'symptom' });
    expect(r.departments[0]!.reason).toContain('消化内科');
    expect(r.doctors.length).toBeGreaterThan(0);
    expect(r.doctors[0]!.departmentName).toBe('消化内科');
  });

  it('a department name puts the department first, then its doctors (儿科)', async () => {
    const r = await search({ q: '儿科' });
    expect(r.departments[0]).toMatchObject({ name: '儿科', matchedBy: 'name' });
    expect(r.doctors.length).toBeGreaterThan(0);
    expect(r.doctors[0]!.departmentName).toBe('儿科');
  });

  it('a title in the query is a filter (主任医师 only chiefs; 副主任医师 not mistaken for it)', async () => {
    const chiefs = await search({ q: '主任医师', limit: '50' });
    expect(chiefs.query.title).toBe('chief');
    expect(chiefs.doctors.length).toBeGreaterThan(5);
    expect(chiefs.doctors.every((d) => d.title === 'chief')).toBe(true);
    const associate = await search({ q: '副主任医师 心血管', limit: '50' });
    expect(associate.query.title).toBe('associate_chief');
    expect(associate.doctors.map((d) => d.name)).toContain('林晓燕');
    expect(associate.doctors.every((d) => d.title === 'associate_chief')).toBe(true);
  });

  it('shows live remaining places per session, and they drop when a place is taken', async () => {
    const r = await search({ q: '陈建国' });
    const doctor = r.doctors[0]!;
    expect(doctor.sessions.length).toBeGreaterThan(0);
    // A template clinic (not an evening one other test files add and book on a shared database).
    const open = doctor.sessions.find((s) => s.released && s.remaining > 0 && s.period !== 'evening')!;
    expect(open).toBeDefined();
    expect(doctor.remaining).toBe(doctor.sessions.filter((s) => s.released).reduce((n, s) => n + s.remaining, 0));
    await t.database.db.transaction(async (tx) => {
      const [slot] = await tx.select().from(slots).where(and(eq(slots.sessionId, open.sessionId), lt(slots.booked, slots.capacity))).limit(1);
      expect(await takePlace(tx, slot!.id)).toBe(true);
    });
    const after = (await search({ q: '陈建国' })).doctors[0]!;
    expect(after.sessions.find((s) => s.sessionId === open.sessionId)!.remaining).toBe(open.remaining - 1);
    expect(after.remaining).toBe(after.sessions.filter((s) => s.released).reduce((n, s) => n + s.remaining, 0));
  });

  it('a date limits doctors to those with a clinic that day', async () => {
    const today = chinaDate(new Date());
    let seen = 0;
    for (const date of [today, addDays(today, 1), addDays(today, 2), addDays(today, 3)]) {
      const r = await search({ q: '心血管内科', date, limit: '50' });
      seen += r.doctors.length;
      for (const d of r.doctors) expect(d.sessions.length > 0 && d.sessions.every((s) => s.date === date)).toBe(true);
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('nothing matches nonsense, and a too-long query is a bilingual 400', async () => {
    expect((await search({ q: '量子引力' })).doctors).toHaveLength(0);
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/search?q=${'病'.repeat(51)}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().messageZh).toContain('50');
  });
});
