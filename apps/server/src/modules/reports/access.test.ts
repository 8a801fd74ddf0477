import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { handleMessage } from '@xinglin/hl7';
import { extractPdfText } from '@xinglin/pdf';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { birthForAge, buildTestApp, loginStaff, makeIdNumber, verifiedPatient } from '../../../test/helper';
import { queryRows } from '../../db/client';
import { labOru, type OruOptions } from './test-messages';

function pdfText(pdf: Buffer): string {
  try {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'xinglin-report-')), 'r.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8');
  } catch {
    // No poppler on this machine: read the text through the font's ToUnicode map instead.
    return extractPdfText(pdf);
  }
}

describe('reports: who may see them', async () => {
  const t = await buildTestApp();
  let seq = 0;
  /** Stores one lab report through the same ingest the MLLP listener uses; returns its id. */
  async function deliver(o: Omit<OruOptions, 'controlId'>): Promise<string> {
    const parsed = handleMessage(Buffer.from(labOru({ controlId: `ACC-${Date.now()}-${++seq}`, ...o })));
    const result = await t.app.reports.ingest(parsed.report!);
    return result.reportIds[0]!;
  }
  const get = (url: string, headers?: Record<string, string>) => t.app.inject({ method: 'GET', url, headers });
  const auditRows = (where: ReturnType<typeof sql>) => queryRows<{ action: string; outcome: string; actor_kind: string }>(t.database.db, sql`select action, outcome, actor_kind from audit_log where ${where} order by seq`);

  it('answers 404 to another account, for every report route, and audits the owner’s views and downloads', async () => {
    const owner = await verifiedPatient(t, '周一');
    const stranger = await verifiedPatient(t);
    const id = await deliver({ idNumber: owner.idNumber, name: '周一' });
    for (const url of [`/api/v1/reports/${id}`, `/api/v1/reports/${id}/pdf`, `/api/v1/reports/${id}/shares`, `/api/v1/patients/${owner.self.id}/reports`, `/api/v1/patients/${owner.self.id}/report-trends?code=GLU`, `/api/v1/patients/${owner.self.id}/report-analytes`]) {
      expect((await get(url, stranger.auth)).statusCode, url).toBe(404);
    }
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/reports/${id}/shares`, headers: stranger.auth, payload: {} })).statusCode).toBe(404);
    expect((await get('/api/v1/reports/not-a-uuid', owner.auth)).statusCode).toBe(404);
    expect((await get(`/api/v1/reports/${crypto.randomUUID()}`, owner.auth)).statusCode).toBe(404);
    expect((await get(`/api/v1/reports/${id}`)).statusCode).toBe(401);

    expect((await get(`/api/v1/reports/${id}`, owner.auth)).statusCode).toBe(200);
    const pdf = await get(`/api/v1/reports/${id}/pdf`, owner.auth);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload);
    for (const s of ['杏林医院 检验报告单', '周一', '空腹血糖', '偏高', 'mmol/L', '结果解读']) expect(text).toContain(s);
    expect((await auditRows(sql`object_id = ${id}`)).map((r) => r.action)).toEqual(['read', 'download']);
  });

  it('lets a guardian see a child’s reports', async () => {
    const parent = await verifiedPatient(t);
    const childId = makeIdNumber(birthForAge(8));
    const child = await t.app.inject({ method: 'POST', url: '/api/v1/family/invitations', headers: parent.auth, payload: { name: '小明', relation: 'child', idNumber: childId } });
    expect(child.statusCode).toBe(201);
    const report = await deliver({ idNumber: childId, name: '小明' });
    expect((await get(`/api/v1/patients/${child.json().id}/reports`, parent.auth)).json().items.map((r: { id: string }) => r.id)).toEqual([report]);
    expect((await get(`/api/v1/reports/${report}`, parent.auth)).statusCode).toBe(200);
  });

  it('answers 404 to a doctor without a care relationship, audits the attempt, and opens after the patient’s grant', async () => {
    const p = await verifiedPatient(t, '吴二');
    const id = await deliver({ idNumber: p.idNumber, name: '吴二' });
    const doctor = { authorization: `Bearer ${(await loginStaff(t, 'doctor')).accessToken}` };
    expect((await get(`/api/v1/clinical/patients/${p.self.id}/reports`, doctor)).statusCode).toBe(404);
    expect((await get(`/api/v1/clinical/reports/${id}`, doctor)).statusCode).toBe(404);
    expect((await auditRows(sql`patient_id = ${p.self.id} and outcome = 'denied'`)).length).toBe(2);
    const d001 = (await get('/api/v1/doctors?pageSize=1')).json().items[0];
    await t.app.inject({ method: 'POST', url: `/api/v1/patients/${p.self.id}/care-grants`, headers: p.auth, payload: { doctorId: d001.id, days: 1 } });
    expect((await get(`/api/v1/clinical/patients/${p.self.id}/reports`, doctor)).json().items).toHaveLength(1);
    const detail = await get(`/api/v1/clinical/reports/${id}`, doctor);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().observations[0]).toMatchObject({ code: 'GLU', arrow: '↑' });
    const patientOnly = { authorization: `Bearer ${(await loginStaff(t, 'pharmacist')).accessToken}` };
    expect((await get(`/api/v1/clinical/reports/${id}`, patientOnly)).statusCode).toBe(403);
  });

  it('opens a share link until it expires or is revoked, audits every opening, and refuses forged tokens', async () => {
    const p = await verifiedPatient(t, '郑三');
    const id = await deliver({ idNumber: p.idNumber, name: '郑三' });
    const created = await t.app.inject({ method: 'POST', url: `/api/v1/reports/${id}/shares`, headers: p.auth, payload: { recipient: '给张医生' } });
    expect(created.statusCode).toBe(201);
    const share = created.json();
    expect(new Date(share.expiresAt).getTime() - new Date(share.createdAt).getTime()).toBe(72 * 3600_000);
    const opened = await get(`/api/v1${share.path}`);
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({ id, patientName: '郑*', name: '生化检验' });
    expect(opened.json()).not.toHaveProperty('patientId');
    expect(pdfText((await get(`/api/v1${share.path}/pdf`)).rawPayload)).toContain('空腹血糖');
    // A changed character in the middle: the last one of base64url may carry only padding bits, so changing it can
    // leave the decoded signature as it was (that made this test flaky).
    const middle = Math.floor(share.token.length / 2);
    const forged = `${share.token.slice(0, middle)}${share.token[middle] === 'A' ? 'B' : 'A'}${share.token.slice(middle + 1)}`;
    expect((await get(`/api/v1/shared-reports/${forged}`)).statusCode).toBe(404);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const otherSpelling = `${share.token.slice(0, -1)}${alphabet[alphabet.indexOf(share.token.at(-1)!) ^ 1]}`; // same bytes, padding bit set
    expect((await get(`/api/v1/shared-reports/${otherSpelling}`)).statusCode).toBe(404);

    t.clock.advance(1);
    const second = (await t.app.inject({ method: 'POST', url: `/api/v1/reports/${id}/shares`, headers: p.auth, payload: { hours: 100 } })).json();
    expect((await get(`/api/v1${second.path}`)).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/reports/${id}/shares/${second.id}`, headers: p.auth })).statusCode).toBe(204);
    expect((await get(`/api/v1${second.path}`)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/reports/${id}/shares/${second.id}`, headers: p.auth })).statusCode).toBe(404);
    const shares = (await get(`/api/v1/reports/${id}/shares`, p.auth)).json().items;
    expect(shares.map((s: { openCount: number; revokedAt: string | null }) => [s.openCount, s.revokedAt !== null])).toEqual([[1, true], [2, false]]);

    t.clock.advance(72 * 3600 + 1);
    expect((await get(`/api/v1${share.path}`)).statusCode).toBe(404);
    const openings = await auditRows(sql`object_type = 'report_share' and actor_kind = 'anonymous' and object_id in (${share.id}, ${second.id})`);
    expect(openings.map((r) => `${r.action}:${r.outcome}`)).toEqual(['read:success', 'download:success', 'read:success', 'read:denied', 'read:denied']);
  });

  it('draws an analyte across reports as a trend', async () => {
    const p = await verifiedPatient(t, '冯四');
    await deliver({ idNumber: p.idNumber, name: '冯四', glucose: '7.8' });
    t.clock.advance(60);
    await deliver({ idNumber: p.idNumber, name: '冯四', glucose: '5.2' });
    const analytes = (await get(`/api/v1/patients/${p.self.id}/report-analytes`, p.auth)).json().items;
    expect(analytes.find((a: { code: string }) => a.code === 'GLU')).toMatchObject({ name: '空腹血糖', unit: 'mmol/L', count: 2 });
    const trend = (await get(`/api/v1/patients/${p.self.id}/report-trends?code=GLU`, p.auth)).json();
    expect(trend).toMatchObject({ code: 'GLU', name: '空腹血糖', unit: 'mmol/L', referenceLow: 3.9, referenceHigh: 6.1 });
    expect(trend.points.map((x: { numeric: number; abnormal: boolean }) => [x.numeric, x.abnormal])).toEqual([[7.8, true], [5.2, true]]);
    expect((await get(`/api/v1/patients/${p.self.id}/report-trends?code=NOPE`, p.auth)).statusCode).toBe(404);
  });
});
