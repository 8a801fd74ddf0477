import { handleMessage } from '@xinglin/hl7';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildTestApp, loginPatient, loginStaff, verifiedPatient, type TestApp } from '../../../test/helper';
import { queryRows } from '../../db/client';
import { DEMO_PATIENT_PHONE } from '../../db/seed-patients';
import { insertCard } from '../patients/repository';
import { imagingOru } from './test-messages';

const PNG_MAGIC = '89504e470d0a1a0a';

/** A verified patient with a medical card (the PACS's PatientID) and an imaging report for the given study. */
async function imagingPatient(t: TestApp, name: string, studyUidFor?: (card: string) => string) {
  const p = await verifiedPatient(t, name);
  const card = `XLT${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();
  await t.database.db.transaction((tx) => insertCard(tx, p.self.id, card));
  const studyUid = studyUidFor?.(card) ?? '1.2.840.99.404';
  const parsed = handleMessage(Buffer.from(imagingOru({ controlId: `IMG-${card}`, idNumber: p.idNumber, name, studyUid })));
  const { reportIds } = await t.app.reports.ingest(parsed.report!);
  return { ...p, card, reportId: reportIds[0]! };
}

describe('reports: key images through the server', async () => {
  const t = await buildTestApp();
  const pacs = t.integrations.imaging.simulator!;
  const get = (url: string, headers?: Record<string, string>) => t.app.inject({ method: 'GET', url, headers });
  const ctFor = (card: string, name: string) => pacs.addStudy({ patientId: card, patientName: name, kind: 'CT', description: '胸部CT平扫' }).studyInstanceUid;

  it('lists captions without UIDs and serves the key image as an uncached PNG, audited', async () => {
    const p = await imagingPatient(t, '钱七', (card) => ctFor(card, '钱^七'));
    const list = await get(`/api/v1/reports/${p.reportId}/images`, p.auth);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual({ count: 1, items: [{ n: 0, caption: '胸部CT平扫 · 关键图像 1/1', modality: 'CT' }] });
    expect(list.body).not.toMatch(/\d+\.\d+\.\d+\.\d+|http|dicom-web/);

    const image = await get(`/api/v1/reports/${p.reportId}/images/0`, p.auth);
    expect(image.statusCode).toBe(200);
    expect(image.headers).toMatchObject({ 'content-type': 'image/png', 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' });
    expect(image.rawPayload.subarray(0, 8).toString('hex')).toBe(PNG_MAGIC);
    expect((await get(`/api/v1/reports/${p.reportId}/images/1`, p.auth)).statusCode).toBe(404);
    expect((await get(`/api/v1/reports/${p.reportId}/images/x`, p.auth)).statusCode).toBe(400);

    const audited = await queryRows<{ object_type: string; object_id: string }>(t.database.db, sql`select object_type, object_id from audit_log where patient_id = ${p.self.id} and object_type like 'report_image%' order by seq`);
    expect(audited).toEqual([{ object_type: 'report_images', object_id: p.reportId }, { object_type: 'report_image', object_id: `${p.reportId}#0` }]);
  });

  it('answers 404 to another account and to a doctor without a care relationship, and opens for the doctor after a grant', async () => {
    const p = await imagingPatient(t, '孙八', (card) => ctFor(card, '孙^八'));
    const stranger = await verifiedPatient(t);
    const doctor = { authorization: `Bearer ${(await loginStaff(t, 'doctor')).accessToken}` };
    for (const url of [`/api/v1/reports/${p.reportId}/images`, `/api/v1/reports/${p.reportId}/images/0`]) expect((await get(url, stranger.auth)).statusCode, url).toBe(404);
    expect((await get(`/api/v1/reports/${p.reportId}/images/0`)).statusCode).toBe(401);
    expect((await get(`/api/v1/clinical/reports/${p.reportId}/images/0`, doctor)).statusCode).toBe(404);
    expect((await get(`/api/v1/reports/${crypto.randomUUID()}/images/0`, p.auth)).statusCode).toBe(404);

    const d001 = (await get('/api/v1/doctors?pageSize=1')).json().items[0];
    await t.app.inject({ method: 'POST', url: `/api/v1/patients/${p.self.id}/care-grants`, headers: p.auth, payload: { doctorId: d001.id, days: 1 } });
    expect((await get(`/api/v1/clinical/reports/${p.reportId}/images`, doctor)).json().count).toBe(1);
    const image = await get(`/api/v1/clinical/reports/${p.reportId}/images/0`, doctor);
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
  });

  it('shows nothing when the study in the report belongs to another patient in the PACS', async () => {
    const other = await imagingPatient(t, '周九', (card) => ctFor(card, '周^九'));
    const othersStudy = pacs.studiesFor(other.card)[0]!.studyInstanceUid;
    const p = await imagingPatient(t, '郑十', () => othersStudy);
    expect((await get(`/api/v1/reports/${p.reportId}/images`, p.auth)).json()).toEqual({ count: 0, items: [] });
    expect((await get(`/api/v1/reports/${p.reportId}/images/0`, p.auth)).statusCode).toBe(404);
  });

  it('gives the demo patient 张伟 a chest CT with a key image (linked by accession number)', async () => {
    const session = await loginPatient(t, DEMO_PATIENT_PHONE);
    const auth = { authorization: `Bearer ${session.accessToken}` };
    const family = (await get('/api/v1/patients', auth)).json().items as { id: string; name: string }[];
    const me = family.find((x) => x.name === '张伟')!;
    const reports = (await get(`/api/v1/patients/${me.id}/reports`, auth)).json().items as { id: string; kind: string; name: string }[];
    const ct = reports.find((r) => r.kind === 'imaging')!;
    expect(ct.name).toBe('胸部CT平扫');
    expect((await get(`/api/v1/reports/${ct.id}/images`, auth)).json().count).toBe(1);
    expect((await get(`/api/v1/reports/${ct.id}/images/0`, auth)).statusCode).toBe(200);
    expect(reports.filter((r) => r.kind === 'lab').length).toBeGreaterThanOrEqual(3);
  });
});

describe('reports: key images when the PACS is down', async () => {
  // Port 9 (discard) on loopback: nothing listens, the connection is refused.
  const t = await buildTestApp({ PACS_DICOMWEB_URL: 'http://127.0.0.1:9/dicom-web', PACS_TIMEOUT_MS: '2000' });

  it('answers 503 with a bilingual message and no PACS address, never 500', async () => {
    const p = await imagingPatient(t, '冯一');
    for (const url of [`/api/v1/reports/${p.reportId}/images`, `/api/v1/reports/${p.reportId}/images/0`]) {
      const res = await t.app.inject({ method: 'GET', url, headers: p.auth });
      expect(res.statusCode, url).toBe(503);
      expect(res.json()).toMatchObject({ code: 'IMAGING_UNAVAILABLE', messageZh: '影像服务暂时不可用，请稍后再试', messageEn: 'Imaging service is temporarily unavailable' });
      expect(res.body).not.toContain('127.0.0.1');
    }
  });
});
