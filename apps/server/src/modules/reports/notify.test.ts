import { randomUUID } from 'node:crypto';
import { handleMessage } from '@xinglin/hl7';
import { describe, expect, it } from 'vitest';
import { buildTestApp, verifiedPatient } from '../../../test/helper';
import { createProtection } from '../../security/protection';
import { createIngest, type ReportNotifier } from './ingest';
import { labOru } from './test-messages';

describe('reports: report.ready in the outbox', async () => {
  const t = await buildTestApp();
  const sent: Parameters<ReportNotifier['enqueueMany']>[1] = [];
  const ingest = createIngest({ db: t.database.db, protection: createProtection(t.config), now: () => t.clock.now, notifications: { enqueueMany: async (_tx, ms) => void sent.push(...ms) } });
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
});
