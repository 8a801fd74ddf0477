import { randomUUID } from 'node:crypto';
import { handleMessage } from '@xinglin/hl7';
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { buildTestApp, loginPatient, verifiedPatient } from '../../../test/helper';
import { queryRows } from '../../db/client';
import { createProtection } from '../../security/protection';
import { createIngest, type ReportNotifier } from './ingest';
import { labOru } from './test-messages';

describe('reports: report.ready in the outbox', async () => {
  const t = await buildTestApp();
  const sent: Parameters<ReportNotifier['enqueueMany']>[1] = [];
  const ingest = createIngest({ db: t.database.db, protection: createProtection(t.config), now: () => t.clock.now, notifications: { enqueueMany: async (_tx, ms) => void sent.push(...ms), outboxStatement: () => sql`select 1 where false`, outboxRows: () => [] } });
  const run = randomUUID().slice(0, 8);
  const deliver = (o: Parameters<typeof labOru>[0]) => ingest.ingest(handleMessage(Buffer.from(labOru({ ...o, controlId: `${run}-${o.controlId}`, fillerOrderNo: `${run}-${o.fillerOrderNo}` }))).report!);

  it('tells the patient once a report is ready, again when it is corrected, never for a preliminary one or a repeat', async () => {
    const p = await verifiedPatient(t);
    const account = (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: p.auth })).json();
    await deliver({ controlId: 'N-P', idNumber: p.idNumber, fillerOrderNo: 'F-N', resultStatus: 'P' });
    expect(sent).toHaveLength(0);
    await deliver({ controlId: 'N-F', idNumber: p.idNumber, fillerOrderNo: 'F-N' });
    await deliver({ controlId: 'N-F', idNumber: p.idNumber, fillerOrderNo: 'F-N' });
    await deliver({ controlId: 'N-C', idNumber: p.idNumber, fillerOrderNo: 'F-N', resultStatus: 'C' });
    expect(sent.map((m) => [m.kind, m.title, m.accountId, m.patientId])).toEqual([
      ['report.ready', '报告已出', account.id, p.self.id],
      ['report.ready', '报告已更正', account.id, p.self.id],
    ]);
    expect(sent[0]!.body).toBe('测试患者的生化检验已出，可在线查看');
    expect(new Set(sent.map((m) => m.dedupeKey)).size).toBe(2);
  });

  it('in one batch: writes new results and a correction of an earlier one, and tells the patient and the managers holding the record grant only', async () => {
    const [p, q] = [await verifiedPatient(t), await verifiedPatient(t)];
    const accountOf = async (auth: Record<string, string>) => (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: auth })).json().id as string;
    const granted = await accountOf({ authorization: `Bearer ${(await loginPatient(t)).accessToken}` });
    const notGranted = await accountOf({ authorization: `Bearer ${(await loginPatient(t)).accessToken}` });
    for (const [accountId, recordAccess] of [[granted, true], [notGranted, false]] as const) {
      await t.database.db.execute(sql`insert into patient_managers (account_id, patient_id, relation, record_access, consent_method) values (${accountId}, ${p.self.id}, 'child', ${recordAccess}, 'test')`);
    }
    await deliver({ controlId: 'M-0', idNumber: q.idNumber, fillerOrderNo: 'F-M0', glucose: '9.1' });
    sent.length = 0;
    const message = (o: Parameters<typeof labOru>[0]) => handleMessage(Buffer.from(labOru({ ...o, controlId: `${run}-${o.controlId}`, fillerOrderNo: `${run}-${o.fillerOrderNo}` }))).report!;
    const outcomes = await ingest.ingestBatch([
      message({ controlId: 'M-1', idNumber: p.idNumber, fillerOrderNo: 'F-M1', glucose: '7.8' }),
      message({ controlId: 'M-2', idNumber: q.idNumber, fillerOrderNo: 'F-M0', glucose: '5.2', resultStatus: 'C' }),
      message({ controlId: 'M-3', idNumber: q.idNumber, fillerOrderNo: 'F-M3' }),
    ]);
    expect(outcomes.map((o) => o.ok && o.result.outcome)).toEqual(['stored', 'stored', 'stored']);
    const rows = await queryRows<{ order: string; version: number; glucose: string[]; lines: number }>(
      t.database.db,
      sql`select r.filler_order_no as order, r.version, array_agg(o.value) filter (where o.code = 'GLU') as glucose, count(o.id)::int as lines
            from reports r join report_observations o on o.report_id = r.id
           where r.filler_order_no in (${`${run}-F-M0`}, ${`${run}-F-M1`}, ${`${run}-F-M3`}) group by r.id order by 1`,
    );
    const lines = rows[0]!.lines;
    expect(lines).toBeGreaterThan(1);
    expect(rows).toEqual([
      { order: `${run}-F-M0`, version: 2, glucose: ['5.2'], lines },
      { order: `${run}-F-M1`, version: 1, glucose: ['7.8'], lines },
      { order: `${run}-F-M3`, version: 1, glucose: [expect.any(String)], lines },
    ]);
    const [pSelf, qSelf] = [await accountOf(p.auth), await accountOf(q.auth)];
    expect(sent.map((m) => [m.accountId, m.title]).sort()).toEqual(
      [[pSelf, '报告已出'], [granted, '报告已出'], [qSelf, '报告已更正'], [qSelf, '报告已出']].sort(),
    );
  });
});
