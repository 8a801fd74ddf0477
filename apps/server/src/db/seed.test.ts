import { describe, expect, it } from 'vitest';
import { buildTestApp, loginPatient, loginStaff } from '../../test/helper';
import { seedDemoData } from './seed';
import { DEMO_PATIENT_PHONE } from './seed-patients';
import { createProtection } from '../security/protection';

// Seeding is checked on a private PGlite: exactly what a fresh `npm start` sees.
describe('demo data', async () => {
  const t = await buildTestApp({ DATABASE_URL: undefined });

  it('gives the demo patient a verified family, a record and a doctor who may read it', async () => {
    const s = await loginPatient(t, DEMO_PATIENT_PHONE);
    const auth = { authorization: `Bearer ${s.accessToken}` };
    const patients = (await t.app.inject({ method: 'GET', url: '/api/v1/patients', headers: auth })).json().items;
    expect(patients.map((p: { name: string; relation: string }) => `${p.name}/${p.relation}`)).toEqual(['张伟/self', '张子涵/child', '李秀兰/parent']);
    expect(patients.every((p: { verificationLevel: number }) => p.verificationLevel === 2)).toBe(true);
    const record = (await t.app.inject({ method: 'GET', url: `/api/v1/patients/${patients[0].id}/health-record`, headers: auth })).json();
    expect(record).toMatchObject({ version: 1, allergies: ['青霉素'], chronicConditions: ['高血压'] });
    const doctor = { authorization: `Bearer ${(await loginStaff(t, 'doctor')).accessToken}` };
    const mine = (await t.app.inject({ method: 'GET', url: '/api/v1/clinical/patients', headers: doctor })).json().items;
    expect(mine.map((p: { name: string }) => p.name)).toContain('张伟');
  });

  it('seeds once: a second run adds nothing', async () => {
    expect(await seedDemoData(t.database.db, createProtection(t.config))).toEqual({ seeded: false });
  });
});
