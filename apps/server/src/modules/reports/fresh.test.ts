import { randomUUID } from 'node:crypto';
import { handleMessage } from '@xinglin/hl7';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { birthForAge, buildTestApp, loginPatient, makeIdNumber, verifiedPatient } from '../../../test/helper';
import { queryRows } from '../../db/client';
import { labOru } from './test-messages';

const run = randomUUID().slice(0, 8);
const id = (name: string) => `${run}-${name}`;

/**
 * The app's own reports service: on PostgreSQL a batch of new results is one statement without a transaction
 * (storeFresh), falling back to the transaction when the batch is not all new or the statement is refused; on
 * PGlite always the transaction. Both must store the same.
 */
describe('reports: a batch of new results, and batches racing for the same order or message', async () => {
  const t = await buildTestApp();
  const db = t.database.db;
  const message = (o: Parameters<typeof labOru>[0]) => handleMessage(Buffer.from(labOru(o), 'utf8')).report!;
  const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(db, query);
  const accountOf = async (auth: Record<string, string>) => (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: auth })).json().id as string;

  it('stores each message with its lines, queue entry and 报告已出 messages for the patient and a granted manager', async () => {
    const [p, q] = [await verifiedPatient(t), await verifiedPatient(t)];
    const granted = await accountOf({ authorization: `Bearer ${(await loginPatient(t)).accessToken}` });
    await db.execute(sql`insert into patient_managers (account_id, patient_id, relation, record_access, consent_method) values (${granted}, ${p.self.id}, 'child', true, 'test')`);
    const outcomes = await t.app.reports.ingestBatch([
      message({ controlId: id('A-1'), idNumber: p.idNumber, fillerOrderNo: id('F-A1') }),
      message({ controlId: id('A-2'), idNumber: q.idNumber, fillerOrderNo: id('F-A2') }),
      message({ controlId: id('A-3'), idNumber: makeIdNumber(birthForAge(50)), name: '陌生人', fillerOrderNo: id('F-A3') }),
    ]);
    expect(outcomes.map((o) => o.ok && o.result.outcome)).toEqual(['stored', 'stored', 'unmatched']);
    const stored = await rows<{ order: string; patient: string | null; queued: boolean; lines: number }>(
      sql`select r.filler_order_no as order, r.patient_id as patient, r.unmatched_id is not null as queued,
                 (select count(*)::int from report_observations o where o.report_id = r.id) as lines
            from reports r where r.filler_order_no like ${id('F-A%')} order by 1`,
    );
    expect(stored).toEqual([
      { order: id('F-A1'), patient: p.self.id, queued: false, lines: 9 },
      { order: id('F-A2'), patient: q.self.id, queued: false, lines: 9 },
      { order: id('F-A3'), patient: null, queued: true, lines: 9 },
    ]);
    const told = await rows<{ account: string; title: string }>(sql`select account_id as account, title from notification_outbox where patient_id in (${p.self.id}, ${q.self.id}) and kind = 'report.ready'`);
    expect(told.map((r) => [r.account, r.title]).sort()).toEqual([[await accountOf(p.auth), '报告已出'], [granted, '报告已出'], [await accountOf(q.auth), '报告已出']].sort());
  });

  it('keeps one report per order and each message once when batches race for them', async () => {
    const p = await verifiedPatient(t);
    // Ten batches at once, each with a different message for the same order: one is its first version, the others
    // corrections (on PostgreSQL nine of the one-statement writes are refused and stored again in a transaction).
    const sameOrder = Array.from({ length: 10 }, (_, i) => message({ controlId: id(`R-${i}`), idNumber: p.idNumber, fillerOrderNo: id('F-R'), resultStatus: i === 0 ? 'F' : 'C' }));
    // And ten batches with the same message: stored once, the others are repeats.
    const repeat = message({ controlId: id('D-1'), idNumber: p.idNumber, fillerOrderNo: id('F-D') });
    const outcomes = await Promise.all([...sameOrder, ...Array(10).fill(repeat)].map((m) => t.app.reports.ingestBatch([m])));
    const results = outcomes.flat().map((o) => (o.ok ? o.result.outcome : String(o.error)));
    expect(results.slice(0, 10)).toEqual(Array(10).fill('stored'));
    expect(results.slice(10).sort()).toEqual([...Array(9).fill('duplicate'), 'stored']);
    const reports = await rows<{ order: string; version: number; lines: number }>(
      sql`select r.filler_order_no as order, r.version, (select count(*)::int from report_observations o where o.report_id = r.id) as lines
            from reports r where r.filler_order_no in (${id('F-R')}, ${id('F-D')}) order by 1`,
    );
    expect(reports).toEqual([
      { order: id('F-D'), version: 1, lines: 9 },
      { order: id('F-R'), version: 10, lines: 9 },
    ]);
    expect((await rows<{ n: number }>(sql`select count(*)::int as n from report_inbound_messages where message_id like ${id('R-%')} or message_id = ${id('D-1')}`))[0]!.n).toBe(11);
  });
});
