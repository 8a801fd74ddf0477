import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { birthForAge, buildTestApp, lastCode, loginStaff, makeIdNumber, randomPhone, verifiedPatient } from '../../../test/helper';
import { createProtection } from '../../security/protection';

describe('health records: patient side', async () => {
  const t = await buildTestApp();
  const url = (id: string, rest = '') => `/api/v1/patients/${id}/health-record${rest}`;
  const record = { heightCm: 172, weightKg: 68.5, bloodType: 'A', address: '北京市海淀区中关村大街1号', pastHistory: '2015 年阑尾切除术', allergies: ['青霉素', '青霉素 '], chronicConditions: ['高血压'], medications: ['氨氯地平 5mg qd'], familyHistory: '父亲糖尿病' };

  it('lets the patient read and edit their own record, versioned, with stale saves refused', async () => {
    const p = await verifiedPatient(t);
    const empty = await t.app.inject({ method: 'GET', url: url(p.self.id), headers: p.auth });
    expect(empty.json()).toMatchObject({ version: 0, allergies: [], bloodType: 'unknown' });
    const saved = await t.app.inject({ method: 'PUT', url: url(p.self.id), headers: p.auth, payload: { ...record, version: 0 } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, allergies: ['青霉素'], address: record.address });
    const stale = await t.app.inject({ method: 'PUT', url: url(p.self.id), headers: p.auth, payload: { ...record, weightKg: 70, version: 0 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'RECORD_VERSION_CONFLICT', details: { currentVersion: 1 } });
    await t.app.inject({ method: 'PUT', url: url(p.self.id), headers: p.auth, payload: { ...record, weightKg: 70, version: 1 } });
    const versions = await t.app.inject({ method: 'GET', url: url(p.self.id, '/versions'), headers: p.auth });
    expect(versions.json().items.map((v: { version: number; fields: string[]; changedBy: string }) => [v.version, v.fields, v.changedBy])).toEqual([
      [2, ['weightKg'], '本人'],
      [1, ['heightCm', 'weightKg', 'bloodType', 'address', 'pastHistory', 'allergies', 'chronicConditions', 'medications', 'familyHistory'], '本人'],
    ]);
    // Encrypted at rest: the stored row holds no plaintext.
    const raw = await t.database.db.execute(sql`select content_enc from health_records where patient_id = ${p.self.id}`);
    expect(JSON.stringify(raw)).not.toContain('青霉素');
  });

  it('answers 404 to every record route for a patient of another account', async () => {
    const owner = await verifiedPatient(t);
    const stranger = await verifiedPatient(t);
    for (const rest of ['', '/versions']) {
      expect((await t.app.inject({ method: 'GET', url: url(owner.self.id, rest), headers: stranger.auth })).statusCode).toBe(404);
    }
    for (const path of ['record-access-log', 'care-grants', 'reveal?field=idNumber']) {
      expect((await t.app.inject({ method: 'GET', url: `/api/v1/patients/${owner.self.id}/${path}`, headers: stranger.auth })).statusCode).toBe(404);
    }
    expect((await t.app.inject({ method: 'PUT', url: url(owner.self.id), headers: stranger.auth, payload: { ...record, version: 0 } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: url('not-a-uuid'), headers: stranger.auth })).statusCode).toBe(404);
  });

  it('gives a guardian a child’s record, but an adult’s only after the adult grants it', async () => {
    const parent = await verifiedPatient(t);
    const child = await t.app.inject({ method: 'POST', url: '/api/v1/family/invitations', headers: parent.auth, payload: { name: '小明', relation: 'child', idNumber: makeIdNumber(birthForAge(8)) } });
    expect(child.statusCode).toBe(201);
    expect((await t.app.inject({ method: 'GET', url: url(child.json().id), headers: parent.auth })).statusCode).toBe(200);

    const grandpaId = makeIdNumber(birthForAge(70), 111);
    const grandpaPhone = randomPhone();
    const invite = await t.app.inject({ method: 'POST', url: '/api/v1/family/invitations', headers: parent.auth, payload: { name: '王大爷', relation: 'parent', idNumber: grandpaId, phone: grandpaPhone } });
    expect(invite.statusCode).toBe(202);
    const added = await t.app.inject({ method: 'POST', url: `/api/v1/family/invitations/${invite.json().invitationId}/confirm`, headers: parent.auth, payload: { code: lastCode(t, grandpaPhone) } });
    expect(added.statusCode).toBe(201);
    const grandpaPatientId = added.json().id;
    expect(added.json()).toMatchObject({ recordAccess: false, relation: 'parent' });
    expect((await t.app.inject({ method: 'GET', url: url(grandpaPatientId), headers: parent.auth })).statusCode).toBe(404);

    // Grandpa logs in himself, verifies with the same ID number, sees who manages him and grants access.
    const grandpa = await verifiedPatient(t, '王大爷', grandpaId);
    expect(grandpa.self.id).toBe(grandpaPatientId);
    const managers = await t.app.inject({ method: 'GET', url: '/api/v1/me/managers', headers: grandpa.auth });
    expect(managers.json().items).toHaveLength(1);
    const managerId = managers.json().items[0].accountId;
    expect(managers.json().items[0].phoneMasked).toMatch(/^\d{3}\*{4}\d{4}$/);
    await t.app.inject({ method: 'PUT', url: `/api/v1/me/managers/${managerId}/record-access`, headers: grandpa.auth, payload: { granted: true } });
    expect((await t.app.inject({ method: 'GET', url: url(grandpaPatientId), headers: parent.auth })).statusCode).toBe(200);
    // And takes it all back.
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/me/managers/${managerId}`, headers: grandpa.auth })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: url(grandpaPatientId), headers: parent.auth })).statusCode).toBe(404);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/patients', headers: parent.auth });
    expect(list.json().items.map((p: { id: string }) => p.id)).not.toContain(grandpaPatientId);
  });
});

describe('health records: the doctor side', async () => {
  const t = await buildTestApp();
  const doctorAuth = async () => ({ authorization: `Bearer ${(await loginStaff(t, 'doctor')).accessToken}` });
  const doctorUsername = async () => (await loginStaff(t, 'doctor')).username;
  const d001 = (await t.app.inject({ method: 'GET', url: '/api/v1/doctors?pageSize=1' })).json().items[0];

  it('answers 404 without a care relationship, audits the attempt, and opens up after the patient grants', async () => {
    const p = await verifiedPatient(t, '孙丽');
    const doc = await doctorAuth();
    const denied = await t.app.inject({ method: 'GET', url: `/api/v1/clinical/patients/${p.self.id}/health-record`, headers: doc });
    expect(denied.statusCode).toBe(404);
    const auditor = { authorization: `Bearer ${(await loginStaff(t, 'auditor')).accessToken}` };
    const events = (await t.app.inject({ method: 'GET', url: `/api/v1/audit/events?patientId=${p.self.id}&outcome=denied`, headers: auditor })).json();
    expect(events.items).toHaveLength(1);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/clinical/patients?q=孙丽', headers: doc })).json().items).toHaveLength(0);

    const grant = await t.app.inject({ method: 'POST', url: `/api/v1/patients/${p.self.id}/care-grants`, headers: p.auth, payload: { doctorId: d001.id, days: 7 } });
    expect(grant.statusCode).toBe(201);
    const again = await t.app.inject({ method: 'POST', url: `/api/v1/patients/${p.self.id}/care-grants`, headers: p.auth, payload: { doctorId: d001.id, days: 14 } });
    expect(again.json().id).toBe(grant.json().id);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/patients/${p.self.id}/care-grants`, headers: p.auth })).json().items).toHaveLength(1);
    const found = (await t.app.inject({ method: 'GET', url: '/api/v1/clinical/patients?q=孙丽', headers: doc })).json().items;
    expect(found).toHaveLength(1);
    expect(found[0].idNumberMasked).toMatch(/\*{8}/);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/clinical/patients/${p.self.id}/health-record`, headers: doc })).statusCode).toBe(200);

    const log = (await t.app.inject({ method: 'GET', url: `/api/v1/patients/${p.self.id}/record-access-log`, headers: p.auth })).json().items;
    expect(log.map((e: { action: string; outcome: string }) => `${e.action}:${e.outcome}`)).toEqual(['read:success', 'search:success', 'read:denied']);
    expect(log[0]).toMatchObject({ staffName: d001.name, department: d001.departmentName, role: 'doctor' });

    await t.app.inject({ method: 'DELETE', url: `/api/v1/patients/${p.self.id}/care-grants/${grant.json().id}`, headers: p.auth });
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/clinical/patients/${p.self.id}/health-record`, headers: doc })).statusCode).toBe(404);
  });

  it('lets no other staff role read clinical data', async () => {
    for (const role of ['admin', 'auditor', 'pharmacist'] as const) {
      const auth = { authorization: `Bearer ${(await loginStaff(t, role)).accessToken}` };
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/clinical/patients', headers: auth })).statusCode).toBe(403);
    }
  });

  it('raises an alert when a doctor reads a likely relative’s record', async () => {
    const address = '上海市徐汇区漕溪北路88号';
    const p = await verifiedPatient(t, `${d001.name.slice(0, 1)}小红`);
    await t.app.inject({ method: 'PUT', url: `/api/v1/patients/${p.self.id}/health-record`, headers: p.auth, payload: { heightCm: null, weightKg: null, bloodType: 'O', address, pastHistory: '', allergies: [], chronicConditions: [], medications: [], familyHistory: '', version: 0 } });
    const index = createProtection(t.config).index('address', address);
    await t.database.db.execute(sql`update staff_users set address_index = ${index} where username = ${await doctorUsername()}`);
    await t.app.inject({ method: 'POST', url: `/api/v1/patients/${p.self.id}/care-grants`, headers: p.auth, payload: { doctorId: d001.id, days: 1 } });
    await t.app.inject({ method: 'GET', url: `/api/v1/clinical/patients/${p.self.id}/health-record`, headers: await doctorAuth() });
    const auditor = { authorization: `Bearer ${(await loginStaff(t, 'auditor')).accessToken}` };
    const alerts = (await t.app.inject({ method: 'GET', url: '/api/v1/audit/alerts', headers: auditor })).json().items;
    expect(alerts.some((a: { kind: string; patientId: string }) => a.kind === 'relative_access' && a.patientId === p.self.id)).toBe(true);
  });
});
