import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildTestApp, verifiedPatient } from '../../../test/helper';
import { queryRows } from '../../db/client';

/** Bundle ids unique to this run: CI shares one PostgreSQL between runs and files. */
const run = randomUUID().slice(0, 8);
const TOKEN = 'test-interface-token-0123456789abcdef';

function labBundle(id: string, patient: { idNumber: string; name: string }) {
  return {
    resourceType: 'Bundle',
    id,
    type: 'transaction',
    meta: { source: 'XLH-LIS' },
    entry: [
      {
        fullUrl: 'urn:uuid:p1',
        resource: { resourceType: 'Patient', identifier: [{ system: 'urn:oid:2.16.156.10011.1.3', value: patient.idNumber }], name: [{ family: patient.name.slice(0, 1), given: [patient.name.slice(1)] }], gender: 'male' },
        request: { method: 'POST', url: 'Patient' },
      },
      {
        fullUrl: 'urn:uuid:dr1',
        resource: {
          resourceType: 'DiagnosticReport',
          identifier: [{ value: `FHIR-${id}` }],
          status: 'final',
          category: [{ coding: [{ code: 'LAB' }] }],
          code: { coding: [{ code: 'LIPID', display: '血脂四项' }] },
          subject: { reference: 'urn:uuid:p1' },
          effectiveDateTime: '2026-11-20T08:30:00+08:00',
          issued: '2026-11-20T10:00:00+08:00',
          performer: [{ display: '王医生' }],
          result: [{ reference: 'urn:uuid:o1' }, { reference: 'urn:uuid:o2' }, { reference: 'urn:uuid:o3' }],
        },
        request: { method: 'POST', url: 'DiagnosticReport' },
      },
      {
        fullUrl: 'urn:uuid:o1',
        resource: {
          resourceType: 'Observation',
          status: 'final',
          code: { coding: [{ code: 'TC', display: '总胆固醇' }] },
          valueQuantity: { value: 6.8, unit: 'mmol/L' },
          referenceRange: [{ low: { value: 0 }, high: { value: 5.2 } }],
          interpretation: [{ coding: [{ code: 'H' }] }],
        },
      },
      { fullUrl: 'urn:uuid:o2', resource: { resourceType: 'Observation', status: 'final', code: { coding: [{ code: 'HDL', display: '高密度脂蛋白' }] }, valueQuantity: { value: 0.8, unit: 'mmol/L' }, referenceRange: [{ low: { value: 1.0 }, high: { value: 1.9 } }] } },
      { fullUrl: 'urn:uuid:o3', resource: { resourceType: 'Observation', status: 'final', code: { text: '备注' }, valueString: '餐后采血' } },
    ],
  };
}

describe('reports: FHIR R4 Bundle inbound', async () => {
  const t = await buildTestApp({ INTERFACE_TOKEN: TOKEN });
  const post = (body: unknown, token: string | null = TOKEN, contentType = 'application/fhir+json') =>
    t.app.inject({ method: 'POST', url: '/fhir/r4', headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) }, payload: typeof body === 'string' ? body : JSON.stringify(body) });

  it('stores a transaction Bundle as a report the patient sees, and answers a transaction-response', async () => {
    const p = await verifiedPatient(t, '陈五');
    const res = await post(labBundle(`${run}-B-1`, { idNumber: p.idNumber, name: '陈五' }));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/fhir+json');
    const body = res.json();
    expect(body).toMatchObject({ resourceType: 'Bundle', type: 'transaction-response' });
    expect(body.entry).toHaveLength(5);
    const location = body.entry[1].response.location as string;
    expect(location).toMatch(/^DiagnosticReport\/[0-9a-f-]{36}$/);
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/reports/${location.split('/')[1]}`, headers: p.auth })).json();
    expect(detail).toMatchObject({ name: '血脂四项', status: 'ready', orderingDoctor: '王医生', abnormalCount: 2 });
    expect(detail.observations.map((o: { code: string; value: string; arrow: string }) => [o.code, o.value, o.arrow])).toEqual([
      ['TC', '6.8', '↑'],
      ['HDL', '0.8', '↓'],
      ['备注', '餐后采血', ''],
    ]);
    // HDL came without interpretation: the flag is derived from the numeric range, and explained.
    expect(detail.observations[1].hint).toContain('好胆固醇');

    const again = await post(labBundle(`${run}-B-1`, { idNumber: p.idNumber, name: '陈五' }));
    expect(again.statusCode).toBe(200);
    expect(again.json().meta.tag[0].code).toBe('duplicate');
    const [row] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from reports where patient_id = ${p.self.id}`);
    expect(row!.n).toBe(1);
  });

  it('stores imaging reports with their ImagingStudy', async () => {
    const p = await verifiedPatient(t, '褚六');
    const bundle = {
      resourceType: 'Bundle',
      id: `${run}-B-CT-1`,
      type: 'collection',
      entry: [
        { fullUrl: 'Patient/p', resource: { resourceType: 'Patient', id: 'p', identifier: [{ type: { coding: [{ code: 'NI' }] }, value: p.idNumber }], name: [{ text: '褚六' }] } },
        { resource: { resourceType: 'ImagingStudy', id: 's1', identifier: [{ system: 'urn:dicom:uid', value: 'urn:oid:1.2.840.99.1' }], modality: [{ code: 'CT' }] } },
        { resource: { resourceType: 'Observation', id: 'f', code: { coding: [{ code: '59776-5', display: '检查所见' }] }, valueString: '肝脏形态大小正常。' } },
        { resource: { resourceType: 'DiagnosticReport', id: 'ct1', status: 'final', code: { text: '上腹部CT' }, imagingStudy: [{ reference: 'ImagingStudy/s1' }], result: [{ reference: 'Observation/f' }], conclusion: '上腹部CT未见异常。' } },
      ],
    };
    const res = await post(bundle);
    expect(res.statusCode).toBe(200);
    const items = (await t.app.inject({ method: 'GET', url: `/api/v1/patients/${p.self.id}/reports`, headers: p.auth })).json().items;
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/reports/${items[0].id}`, headers: p.auth })).json();
    expect(detail).toMatchObject({ kind: 'imaging', imaging: { findings: '肝脏形态大小正常。', impression: '上腹部CT未见异常。', studyInstanceUid: '1.2.840.99.1', modality: 'CT' }, observations: [] });
  });

  it('documents the report routes in OpenAPI and keeps the interface endpoint out of it', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json();
    for (const path of ['/api/v1/reports/{id}', '/api/v1/reports/{id}/pdf', '/api/v1/shared-reports/{token}', '/api/v1/patients/{id}/report-trends', '/api/v1/admin/unmatched-reports']) expect(doc.paths, path).toHaveProperty([path]);
    expect(doc.paths).not.toHaveProperty(['/fhir/r4']);
  });

  it('stores values with stray NUL characters and impossible dates instead of failing', async () => {
    const p = await verifiedPatient(t, '卫七');
    const bundle = labBundle(`${run}-B-NUL`, { idNumber: p.idNumber, name: '卫七' });
    const report = bundle.entry[1]!.resource as Record<string, unknown>;
    report.effectiveDateTime = '0000-01-01T00:00:00Z';
    (bundle.entry[4]!.resource as Record<string, unknown>).valueString = '餐后\u0000采血';
    const res = await post(bundle);
    expect(res.statusCode).toBe(200);
    const id = (res.json().entry[1].response.location as string).split('/')[1];
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/reports/${id}`, headers: p.auth })).json();
    expect(detail.collectedAt).toBeNull();
    expect(detail.observations[2].value).toBe('餐后采血');
  });

  it('refuses callers without the interface token with an OperationOutcome, patient tokens included', async () => {
    const p = await verifiedPatient(t);
    const bundle = labBundle(`${run}-B-AUTH`, { idNumber: p.idNumber, name: '测试患者' });
    for (const token of [null, 'wrong-token-wrong-token-wrong', p.accessToken]) {
      const res = await post(bundle, token);
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'security' }] });
    }
  });

  it('answers malformed bundles 400/422 with an OperationOutcome and stores nothing', async () => {
    const bad = await post('{"resourceType": "Bundle",');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().resourceType).toBe('OperationOutcome');
    for (const body of [{ resourceType: 'Patient' }, { resourceType: 'Bundle', id: 'x', type: 'transaction', entry: [] }, { resourceType: 'Bundle', type: 'transaction', entry: [] }, { resourceType: 'Bundle', id: 'y', type: 'searchset' }]) {
      const res = await post(body);
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'invalid' }] });
    }
    expect((await post(labBundle(`${run}-B-JSON`, { idNumber: '110105199001011234', name: '某人' }), TOKEN, 'application/json')).statusCode).toBe(200);
    const stored = await queryRows<{ message_id: string }>(t.database.db, sql`select message_id from report_inbound_messages where message_id like ${`${run}-%`}`);
    expect(stored.map((r) => r.message_id).sort()).toEqual([`${run}-B-1`, `${run}-B-CT-1`, `${run}-B-JSON`, `${run}-B-NUL`]);
  });
});
