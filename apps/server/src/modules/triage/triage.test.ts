import { randomInt } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { buildTestApp, loginPatient, loginStaff } from '../../../test/helper';
import { triageCases } from './triage-cases';

describe('smart triage over the seeded rules', async () => {
  const t = await buildTestApp();
  const ask = (payload: object) => t.app.inject({ method: 'POST', url: '/api/v1/triage', payload });

  it('seeds 60+ symptom rules and red flags, every one pointing at a real department', async () => {
    const [row] = await t.database.db.transaction((tx) =>
      queryRows<{ symptoms: number; red: number; orphans: number }>(tx, sql`select
        count(*) filter (where not emergency)::int as symptoms,
        count(*) filter (where emergency)::int as red,
        count(*) filter (where department_code not in (select code from departments))::int as orphans
        from triage_rules`),
    );
    expect(row!.symptoms).toBeGreaterThanOrEqual(60);
    expect(row!.red).toBeGreaterThanOrEqual(8);
    expect(row!.orphans).toBe(0);
  });

  it.each(triageCases)('%s', async (_label, input, expected) => {
    const res = await ask(input);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.suggestions[0].departmentCode).toBe(expected);
    expect(body.suggestions[0].reasons.length).toBeGreaterThan(0);
    expect(body.emergency).toBe(expected === 'er');
    if (expected === 'er') expect(body.advice.zh).toContain('急诊');
  });

  it('answers with the department to book: id, name, location and the reason in both languages', async () => {
    const body = (await ask({ text: '胃痛', age: 40 })).json();
    expect(body.suggestions[0]).toMatchObject({ departmentName: '消化内科', departmentNameEn: 'Gastroenterology', bookable: true });
    expect(body.suggestions[0].location).toContain('门诊楼');
    expect(body.suggestions[0].reasons[0]).toMatchObject({ symptom: '胃痛', zh: expect.stringContaining('消化内科'), en: expect.stringContaining('Gastro') });
  });

  it('offers body parts with chips taken from the rules', async () => {
    const { bodyParts } = (await t.app.inject({ method: 'GET', url: '/api/v1/triage/options' })).json();
    const abdomen = bodyParts.find((b: { code: string }) => b.code === 'abdomen');
    expect(abdomen.zh).toBe('腹部');
    expect(abdomen.chips.map((c: { symptom: string }) => c.symptom)).toEqual(expect.arrayContaining(['胃痛', '腹泻', '腹痛']));
    expect(bodyParts.every((b: { chips: unknown[] }) => b.chips.length > 0)).toBe(true);
  });

  it('refuses empty, unknown and contradictory input with bilingual messages', async () => {
    expect((await ask({ age: 30 })).statusCode).toBe(400);
    expect((await ask({ bodyPart: 'tail' })).json()).toMatchObject({ statusCode: 400, code: 'UNKNOWN_BODY_PART' });
    const male = await ask({ text: '腹痛', sex: 'male', pregnant: true });
    expect(male.statusCode).toBe(422);
    expect(male.json().messageZh).toBeTruthy();
    expect((await ask({ text: '头痛', age: -1 })).statusCode).toBe(400);
  });
});

describe('admins edit the triage rules', async () => {
  const t = await buildTestApp();
  const admin = await loginStaff(t, 'admin');
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const rules = async () => (await t.app.inject({ method: 'GET', url: '/api/v1/admin/triage-rules', headers: as(admin.accessToken) })).json().items as { id: string; code: string; enabled: boolean; departmentName: string }[];
  const top = async (payload: object) => (await t.app.inject({ method: 'POST', url: '/api/v1/triage', payload })).json().suggestions[0]?.departmentCode;
  // Words of this run only: on a shared PostgreSQL, rules added by earlier runs are still there.
  const word = `打嗝${randomInt(100_000, 999_999)}`;
  const newRule = {
    symptom: word, symptomEn: 'Hiccups', keywords: [`一直${word}`], bodyPart: 'abdomen', departmentCode: 'tcm', weight: 40,
    reasonZh: '顽固性打嗝可到中医科针灸治疗。', reasonEn: 'Stubborn hiccups: acupuncture in TCM.',
  };

  it('only admins: anonymous 401, patients and doctors 403', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/admin/triage-rules' })).statusCode).toBe(401);
    const patient = await loginPatient(t);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/admin/triage-rules', headers: as(patient.accessToken) })).statusCode).toBe(403);
    const doctor = await loginStaff(t, 'doctor');
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/admin/triage-rules', headers: as(doctor.accessToken), payload: newRule })).statusCode).toBe(403);
  });

  it('a new rule changes answers at once, and the change is audited', async () => {
    expect(await top({ text: `一直${word}`, age: 40 })).not.toBe('tcm');
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/admin/triage-rules', headers: as(admin.accessToken), payload: newRule });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ symptom: word, departmentName: '中医科', enabled: true, sex: null, pregnancy: 'any' });
    expect(await top({ text: `一直${word}`, age: 40 })).toBe('tcm');
    const audited = await t.database.db.transaction((tx) =>
      queryRows<{ action: string; actor_id: string }>(tx, sql`select action, actor_id from audit_log where object_type = 'triage_rule' and object_id = ${res.json().id}`),
    );
    expect(audited).toEqual([{ action: 'create', actor_id: admin.account.id }]);
  });

  it('disabling a rule takes it out of answers and chips; updating it brings it back changed', async () => {
    const mine = `测试不适${randomInt(100_000, 999_999)}`;
    const created = await t.app.inject({
      method: 'POST', url: '/api/v1/admin/triage-rules', headers: as(admin.accessToken),
      payload: { ...newRule, symptom: mine, keywords: [], bodyPart: 'mouth', departmentCode: 'stoma' },
    });
    const id = created.json().id as string;
    expect(await top({ text: mine, age: 30 })).toBe('stoma');
    const off = await t.app.inject({ method: 'POST', url: `/api/v1/admin/triage-rules/${id}/disable`, headers: as(admin.accessToken) });
    expect(off.json().enabled).toBe(false);
    expect(await top({ text: mine, age: 30 })).toBeUndefined();
    expect((await rules()).find((r) => r.id === id)!.enabled).toBe(false);
    const options = (await t.app.inject({ method: 'GET', url: '/api/v1/triage/options' })).json();
    expect(options.bodyParts.find((b: { code: string }) => b.code === 'mouth').chips.map((c: { symptom: string }) => c.symptom)).not.toContain(mine);

    const back = await t.app.inject({
      method: 'PUT', url: `/api/v1/admin/triage-rules/${id}`, headers: as(admin.accessToken),
      payload: { ...newRule, symptom: mine, keywords: [], bodyPart: 'mouth', departmentCode: 'stoma', enabled: true, minAge: 18 },
    });
    expect(back.statusCode, back.body).toBe(200);
    expect(await top({ text: mine, age: 30 })).toBe('stoma');
    expect(await top({ text: mine, age: 10 })).toBeUndefined();
    const actions = await t.database.db.transaction((tx) =>
      queryRows<{ action: string }>(tx, sql`select action from audit_log where object_type = 'triage_rule' and object_id = ${id} order by seq`),
    );
    expect(actions.map((a) => a.action)).toEqual(['create', 'disable', 'update']);
  });

  it('bad edits: unknown department 422, min above max 400, unknown or malformed id 404', async () => {
    const post = (payload: object) => t.app.inject({ method: 'POST', url: '/api/v1/admin/triage-rules', headers: as(admin.accessToken), payload });
    expect((await post({ ...newRule, departmentCode: 'nope' })).json()).toMatchObject({ statusCode: 422, code: 'UNKNOWN_DEPARTMENT' });
    expect((await post({ ...newRule, minAge: 20, maxAge: 10 })).statusCode).toBe(400);
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const res = await t.app.inject({ method: 'POST', url: `/api/v1/admin/triage-rules/${id}/disable`, headers: as(admin.accessToken) });
      expect(res.statusCode).toBe(404);
    }
  });
});
