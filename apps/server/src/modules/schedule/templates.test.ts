import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { buildTestApp, loginStaff, verifiedPatient } from '../../../test/helper';
import { addDays, chinaDate, weekday } from './domain';

describe('weekly templates (出诊模板) edited by admins', async () => {
  const t = await buildTestApp({ DATABASE_URL: undefined }); // templates change the shared schedule: own database
  const call = (method: 'GET' | 'PUT', url: string, headers: Record<string, string>, payload?: object) => t.app.inject({ method, url: `/api/v1${url}`, headers, payload });

  it('adds a clinic that is materialised for the coming weeks, and refuses patients and bad input', async () => {
    const [doctor] = await queryRows<{ id: string }>(t.database.db, sql`select id from doctors where code = 'd010'`);
    const admin = { authorization: `Bearer ${(await loginStaff(t, 'admin')).accessToken}` };
    const before = (await call('GET', `/staff/doctors/${doctor!.id}/templates`, admin)).json().items;
    const day = weekday(addDays(chinaDate(t.clock.now), 3));
    const template = { weekday: day, period: 'evening', level: 'expert', feeFen: 5000, placesPerSlot: 2, active: true };
    const saved = await call('PUT', `/staff/doctors/${doctor!.id}/templates`, admin, template);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().sessionsCreated).toBeGreaterThanOrEqual(2);
    const after = (await call('GET', `/staff/doctors/${doctor!.id}/templates`, admin)).json().items;
    expect(after).toHaveLength(before.length + 1);
    expect(after).toContainEqual(template);
    const evenings = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from clinic_sessions where doctor_id = ${doctor!.id} and period = 'evening' and fee_fen = 5000`);
    expect(evenings[0]!.n).toBeGreaterThanOrEqual(2);
    // Saving the same template again changes nothing.
    expect((await call('PUT', `/staff/doctors/${doctor!.id}/templates`, admin, template)).json().sessionsCreated).toBe(0);

    const patient = await verifiedPatient(t);
    expect((await call('PUT', `/staff/doctors/${doctor!.id}/templates`, patient.auth, template)).statusCode).toBe(403);
    expect((await call('PUT', `/staff/doctors/${doctor!.id}/templates`, admin, { ...template, weekday: 8 })).statusCode).toBe(400);
    expect((await call('GET', '/staff/doctors/00000000-0000-4000-8000-000000000000/templates', admin)).statusCode).toBe(404);
  });
});
