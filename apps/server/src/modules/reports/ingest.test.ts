import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { MllpDecoder, encodeMllp, encodeText } from '@xinglin/hl7';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { birthForAge, buildTestApp, loginStaff, makeIdNumber, verifiedPatient } from '../../../test/helper';
import { queryRows } from '../../db/client';
import { maskIdentifier } from './domain';
import { startMllpListener } from './mllp-listener';
import { imagingOru, labOru } from './test-messages';

/** Sends frames over one MLLP connection and collects one ACK per frame. */
async function sendMllp(port: number, messages: (string | Buffer)[]): Promise<string[]> {
  const socket = net.connect(port, '127.0.0.1');
  const decoder = new MllpDecoder();
  const acks: string[] = [];
  await new Promise<void>((resolve, reject) => {
    socket.on('error', reject);
    socket.on('data', (chunk) => {
      for (const e of decoder.push(chunk)) if (e.kind === 'frame') acks.push(e.data.toString('latin1'));
      if (acks.length === messages.length) resolve();
    });
    socket.on('connect', () => {
      for (const m of messages) socket.write(encodeMllp(typeof m === 'string' ? Buffer.from(m, 'utf8') : m));
    });
  });
  socket.destroy();
  return acks;
}
/** Control ids and filler orders unique to this run: CI shares one PostgreSQL between runs and files. */
const run = randomUUID().slice(0, 8);
const id = (name: string) => `${run}-${name}`;
const msa = (ack: string) => /MSA\|([A-Z]{2})/.exec(ack)?.[1];

describe('reports: HL7 v2 over MLLP to the patient API', async () => {
  const t = await buildTestApp();
  const listener = await startMllpListener({ reports: t.app.reports, port: 0, host: '127.0.0.1', maxFrameBytes: 1024 * 1024, log: t.app.log });
  afterAll(() => listener.close());
  const count = async (table: string, where: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from ${sql.identifier(table)} where ${where}`))[0]!.n;

  it('stores each segment and value type and shows them with units, ranges, arrows and hints', async () => {
    const birth = birthForAge(40);
    const p = await verifiedPatient(t, '张三', makeIdNumber(birth));
    const [ack] = await sendMllp(listener.port, [labOru({ controlId: id('LAB-1'), idNumber: p.idNumber, name: '张三', birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}` })]);
    expect(msa(ack!)).toBe('AA');
    const list = await t.app.inject({ method: 'GET', url: `/api/v1/patients/${p.self.id}/reports`, headers: p.auth });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toHaveLength(1);
    const summary = list.json().items[0];
    expect(summary).toMatchObject({ name: '生化检验', status: 'ready', kind: 'lab', specimen: '静脉血', orderingDoctor: '李医生', abnormalCount: 6 });
    expect(summary.id).toMatch(/^[0-9a-f-]{36}$/);
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/reports/${summary.id}`, headers: p.auth })).json();
    expect(detail.notes).toEqual(['标本轻度溶血']);
    const byCode = Object.fromEntries(detail.observations.map((o: { code: string }) => [o.code, o]));
    expect(byCode.GLU).toMatchObject({ valueType: 'NM', value: '7.8', numeric: 7.8, unit: 'mmol/L', referenceRange: '3.9-6.1', flags: ['H'], arrow: '↑', flagText: '偏高', notes: ['请空腹复查'] });
    expect(byCode.GLU.hint).toContain('血糖偏高');
    expect(byCode.K).toMatchObject({ flags: ['LL'], arrow: '↓', flagText: '危急偏低' });
    expect(byCode.K.hint).toContain('血钾偏低');
    expect(byCode.HGB).toMatchObject({ arrow: '↓', flagText: '偏低' });
    expect(byCode.CRP).toMatchObject({ valueType: 'SN', value: '>10', arrow: '↑', flagText: '危急偏高' });
    expect(byCode.ALT).toMatchObject({ abnormal: false, arrow: '', hint: null });
    expect(byCode.ABO).toMatchObject({ valueType: 'ST', value: 'A型', abnormal: false });
    expect(byCode.MORPH).toMatchObject({ valueType: 'TX', value: '红细胞大小不等，可见靶形红细胞', flagText: '异常' });
    expect(byCode.PRO).toMatchObject({ valueType: 'CE', value: '阳性', abnormal: true });
    expect(byCode.PRO.hint).toContain('尿蛋白');
    expect(byCode.BLD).toMatchObject({ valueType: 'CWE', value: '阴性', abnormal: false });
    // report.ready went through the outbox to the patient's message center.
    await t.app.jobs.deliverNotifications();
    const messages = (await t.app.inject({ method: 'GET', url: '/api/v1/messages', headers: p.auth })).json().items;
    expect(messages.some((m: { title: string; body: string }) => m.title === '报告已出' && m.body.includes('生化检验'))).toBe(true);
    // The sender's patient data is encrypted at rest.
    const raw = await queryRows(t.database.db, sql`select subject_enc, content_enc from reports where id = ${summary.id}`);
    expect(JSON.stringify(raw)).not.toContain(p.idNumber);
    expect(JSON.stringify(raw)).not.toContain('溶血');
  });

  it('decodes GB18030 messages (MSH-18) and imaging reports with findings, impression and study uid', async () => {
    const p = await verifiedPatient(t, '李四');
    const gbk = encodeText(labOru({ controlId: id('GBK-1'), idNumber: p.idNumber, name: '李四', charset: 'GB 18030-2000' }), 'gb18030');
    expect(gbk.includes(Buffer.from('空腹血糖', 'utf8'))).toBe(false);
    const acks = await sendMllp(listener.port, [gbk, imagingOru({ controlId: id('CT-1'), idNumber: p.idNumber, name: '李四', studyUid: '1.2.840.1.99' })]);
    expect(acks.map(msa)).toEqual(['AA', 'AA']);
    const items = (await t.app.inject({ method: 'GET', url: `/api/v1/patients/${p.self.id}/reports`, headers: p.auth })).json().items;
    const lab = items.find((r: { kind: string }) => r.kind === 'lab');
    const ct = items.find((r: { kind: string }) => r.kind === 'imaging');
    const labDetail = (await t.app.inject({ method: 'GET', url: `/api/v1/reports/${lab.id}`, headers: p.auth })).json();
    expect(labDetail.observations[0]).toMatchObject({ name: '空腹血糖', unit: 'mmol/L' });
    const ctDetail = (await t.app.inject({ method: 'GET', url: `/api/v1/reports/${ct.id}`, headers: p.auth })).json();
    expect(ctDetail).toMatchObject({ name: '胸部CT平扫', imaging: { findings: '双肺纹理清晰，未见明确结节。', impression: '胸部CT平扫未见明显异常。', studyInstanceUid: '1.2.840.1.99' } });
  });

  it('stores a repeated control id once, also 20 copies at the same time on 20 connections', async () => {
    const p = await verifiedPatient(t);
    const message = labOru({ controlId: id('DUP-1'), idNumber: p.idNumber });
    expect((await sendMllp(listener.port, [message, message])).map(msa)).toEqual(['AA', 'AA']);
    const burst = labOru({ controlId: id('DUP-20'), idNumber: p.idNumber, fillerOrderNo: id('F-BURST') });
    const acks = (await Promise.all(Array.from({ length: 20 }, () => sendMllp(listener.port, [burst])))).flat();
    expect(acks.map(msa)).toEqual(Array(20).fill('AA'));
    expect(await count('report_inbound_messages', sql`message_id in (${id('DUP-1')}, ${id('DUP-20')})`)).toBe(2);
    expect(await count('reports', sql`patient_id = ${p.self.id}`)).toBe(2);
    expect(await count('report_observations', sql`report_id in (select id from reports where filler_order_no = ${id('F-BURST')})`)).toBe(9);
  });

  it('replaces the earlier version when a corrected result (OBR-25 C) arrives for the same filler order', async () => {
    const p = await verifiedPatient(t);
    await sendMllp(listener.port, [labOru({ controlId: id('V1'), idNumber: p.idNumber, fillerOrderNo: id('F-CORR'), glucose: '7.8' })]);
    await sendMllp(listener.port, [labOru({ controlId: id('V2'), idNumber: p.idNumber, fillerOrderNo: id('F-CORR'), glucose: '5.2', resultStatus: 'C' })]);
    const items = (await t.app.inject({ method: 'GET', url: `/api/v1/patients/${p.self.id}/reports`, headers: p.auth })).json().items;
    expect(items).toHaveLength(1);
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/reports/${items[0].id}`, headers: p.auth })).json();
    expect(detail).toMatchObject({ status: 'corrected', corrected: true, version: 2 });
    expect(detail.observations).toHaveLength(9);
    expect(detail.observations[0]).toMatchObject({ code: 'GLU', value: '5.2' });
  });

  it('keeps one report per filler order when different messages for it arrive at the same time', async () => {
    const p = await verifiedPatient(t);
    const copies = Array.from({ length: 10 }, (_, i) => labOru({ controlId: id(`RACE-${i}`), idNumber: p.idNumber, fillerOrderNo: id('F-RACE'), resultStatus: i === 0 ? 'F' : 'C' }));
    const acks = (await Promise.all(copies.map((m) => sendMllp(listener.port, [m])))).flat();
    expect(acks.map(msa)).toEqual(Array(10).fill('AA'));
    const rows = await queryRows<{ version: number }>(t.database.db, sql`select version from reports where filler_order_no = ${id('F-RACE')}`);
    expect(rows).toEqual([{ version: 10 }]);
    expect(await count('report_observations', sql`report_id in (select id from reports where filler_order_no = ${id('F-RACE')})`)).toBe(9);
  });

  it('shows a preliminary report as pending, without its values', async () => {
    const p = await verifiedPatient(t);
    await sendMllp(listener.port, [labOru({ controlId: id('PRE-1'), idNumber: p.idNumber, resultStatus: 'P' })]);
    const pending = (await t.app.inject({ method: 'GET', url: `/api/v1/patients/${p.self.id}/reports?status=pending`, headers: p.auth })).json().items;
    expect(pending).toHaveLength(1);
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/reports/${pending[0].id}`, headers: p.auth })).json();
    expect(detail).toMatchObject({ status: 'pending', observations: [], abnormalCount: 0 });
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/reports/${pending[0].id}/pdf`, headers: p.auth })).statusCode).toBe(409);
  });

  it('answers malformed messages AE or AR and stores nothing of them', async () => {
    const noPid = labOru({ controlId: id('BAD-1'), idNumber: makeIdNumber(birthForAge(30)) }).replace(/PID\|[^\r]*\r/, '');
    const acks = await sendMllp(listener.port, ['this is not HL7', noPid, labOru({ controlId: id('BAD-2'), version: '9.9' })]);
    for (const ack of acks) expect(['AE', 'AR']).toContain(msa(ack));
    expect(await count('report_inbound_messages', sql`message_id in (${id('BAD-1')}, ${id('BAD-2')})`)).toBe(0);
  });

  it('keeps unmatched results whole in the console queue until an admin matches them (audited)', async () => {
    const birth = birthForAge(50);
    const idNumber = makeIdNumber(birth);
    const [ack] = await sendMllp(listener.port, [labOru({ controlId: id('UNM-1'), idNumber, name: '王五' })]);
    expect(msa(ack!)).toBe('AA');
    const admin = { authorization: `Bearer ${(await loginStaff(t, 'admin')).accessToken}` };
    const queue = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/unmatched-reports', headers: admin })).json().items;
    const entry = queue.find((q: { patient: { identifiers: { valueMasked: string }[] } }) => q.patient.identifiers[0]?.valueMasked === maskIdentifier(idNumber));
    expect(entry).toMatchObject({ reason: 'no_identifier_known', sendingFacility: 'XLH', patient: { name: '王五' }, reports: [{ name: '生化检验' }] });
    expect(entry.patient.identifiers[0].valueMasked).toMatch(/^\d{4}\*{10}\d{3}[\dX]$/);
    const doctor = { authorization: `Bearer ${(await loginStaff(t, 'doctor')).accessToken}` };
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/admin/unmatched-reports', headers: doctor })).statusCode).toBe(403);

    // 王五 registers later; the admin matches the result by his ID number.
    const p = await verifiedPatient(t, '王五', idNumber);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/patients/${p.self.id}/reports`, headers: p.auth })).json().items).toHaveLength(0);
    const matched = await t.app.inject({ method: 'POST', url: `/api/v1/admin/unmatched-reports/${entry.id}/match`, headers: admin, payload: { idNumber } });
    expect(matched.statusCode).toBe(200);
    expect(matched.json()).toMatchObject({ patientId: p.self.id, reportIds: [entry.reports[0].id] });
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/patients/${p.self.id}/reports`, headers: p.auth })).json().items).toHaveLength(1);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/admin/unmatched-reports/${entry.id}/match`, headers: admin, payload: { idNumber } })).statusCode).toBe(404);
    const queueAfter = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/unmatched-reports', headers: admin })).json().items;
    expect(queueAfter.some((q: { id: string }) => q.id === entry.id)).toBe(false);
    expect(await count('audit_log', sql`object_type = 'report_unmatched' and action = 'match' and patient_id = ${p.self.id}`)).toBe(1);
  });

  it('does not match when the sender’s name disagrees with the ID number’s owner', async () => {
    const p = await verifiedPatient(t, '赵六');
    await sendMllp(listener.port, [labOru({ controlId: id('NAME-1'), idNumber: p.idNumber, name: '钱七', fillerOrderNo: id('F-NAME') })]);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/patients/${p.self.id}/reports`, headers: p.auth })).json().items).toHaveLength(0);
    expect(await count('report_unmatched', sql`reason = 'name_mismatch' and message_log_id in (select id from report_inbound_messages where message_id = ${id('NAME-1')})`)).toBe(1);
    const admin = { authorization: `Bearer ${(await loginStaff(t, 'admin')).accessToken}` };
    const waiting = async () => (await t.app.inject({ method: 'GET', url: '/api/v1/admin/unmatched-reports', headers: admin })).json().items.filter((q: { patient: { identifiers: { valueMasked: string }[] } }) => q.patient.identifiers[0]?.valueMasked === maskIdentifier(p.idNumber));
    const [entry] = await waiting();
    expect(entry).toBeDefined();
    // The LIS corrects the name: the corrected report finds its patient and leaves the queue.
    await sendMllp(listener.port, [labOru({ controlId: id('NAME-2'), idNumber: p.idNumber, name: '赵六', fillerOrderNo: id('F-NAME'), resultStatus: 'C' })]);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/patients/${p.self.id}/reports`, headers: p.auth })).json().items).toHaveLength(1);
    expect((await waiting()).some((q: { id: string }) => q.id === entry.id)).toBe(false);
  });

  it('matches by a medical card bound in the patients context', async () => {
    const p = await verifiedPatient(t, '孙八');
    const cardNo = `XL${Date.now().toString().slice(-8)}`;
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/patients/${p.self.id}/cards`, headers: p.auth, payload: { cardNo } })).statusCode).toBe(201);
    await sendMllp(listener.port, [labOru({ controlId: id('CARD-1'), cardNo, name: '孙八' })]);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/patients/${p.self.id}/reports`, headers: p.auth })).json().items).toHaveLength(1);
  });
});
