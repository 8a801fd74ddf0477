import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { MllpDecoder, encodeMllp, handleMessage } from '@xinglin/hl7';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { birthForAge, buildTestApp, makeIdNumber, verifiedPatient } from '../../../test/helper';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/client';
import { createProtection } from '../../security/protection';
import { createGroupCommit } from './group-commit';
import { createIngest, type ReportNotifier } from './ingest';
import { startMllpListener } from './mllp-listener';
import { labOru } from './test-messages';

const run = randomUUID().slice(0, 8);
const id = (name: string) => `${run}-${name}`;
const msa = (ack: string) => /MSA\|([A-Z]{2})/.exec(ack)?.[1];
const log = { warn: () => undefined, error: () => undefined };

/** One frame on its own connection; answers the ACK text. */
function sendOne(port: number, message: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(encodeMllp(Buffer.from(message, 'utf8'))));
    const decoder = new MllpDecoder();
    socket.on('error', reject);
    socket.on('data', (chunk) => {
      const frame = decoder.push(chunk).find((e) => e.kind === 'frame');
      if (frame?.kind !== 'frame') return;
      socket.destroy();
      resolve(frame.data.toString('latin1'));
    });
  });
}

describe('group commit', () => {
  it('puts what arrives while a batch runs into the next batch, answering each item in order', async () => {
    const batches: number[][] = [];
    const commit = createGroupCommit(async (items: number[]) => {
      batches.push(items);
      await new Promise((r) => setTimeout(r, 20));
      return items.map((n) => n * 10);
    }, 3);
    const first = commit.submit(1);
    await new Promise((r) => setTimeout(r, 5)); // the first batch is running now
    const rest = [2, 3, 4, 5].map((n) => commit.submit(n));
    expect(await Promise.all([first, ...rest])).toEqual([10, 20, 30, 40, 50]);
    expect(batches).toEqual([[1], [2, 3, 4], [5]]);
  });
});

describe('reports: HL7 results stored in batches', async () => {
  const t = await buildTestApp();
  const protection = createProtection(t.config);
  const db = t.database.db;
  const count = async (table: string, where: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(table)} where ${where}`))[0]!.n;
  const report = (o: Parameters<typeof labOru>[0]) => handleMessage(Buffer.from(labOru(o), 'utf8')).report!;
  // The outbox of this patient fails with a database error, in the middle of its message's transaction.
  let poisoned = '';
  const ingest = createIngest({
    db,
    protection,
    now: () => t.clock.now,
    notifications: {
      enqueueMany: async (tx, ms) => void (ms.some((m) => m.patientId === poisoned) ? await tx.execute(sql`select 1 / 0`) : undefined),
      // In the one-statement write (PostgreSQL) the poisoned patient's row makes the statement divide by zero.
      outboxStatement: (source) => sql`select 1 / (case when exists (select 1 from jsonb_to_recordset(${source}::jsonb) as r(poison boolean) where r.poison) then 0 else 1 end)`,
      outboxRows: (ms) => ms.map((m) => ({ poison: m.patientId === poisoned }) as unknown as ReturnType<ReportNotifier['outboxRows']>[number]),
    },
  });

  it('stores and answers the others when one message of a batch fails in the database, and a repeated control id once', async () => {
    const [a, bad, b] = [await verifiedPatient(t), await verifiedPatient(t), await verifiedPatient(t)];
    poisoned = bad.self.id;
    const good = report({ controlId: id('B-A'), idNumber: a.idNumber });
    const outcomes = await ingest.ingestBatch([good, report({ controlId: id('B-BAD'), idNumber: bad.idNumber }), report({ controlId: id('B-B'), idNumber: b.idNumber }), good]);
    expect(outcomes.map((o) => (o.ok ? o.result.outcome : 'failed'))).toEqual(['stored', 'failed', 'stored', 'duplicate']);
    expect(await count('report_inbound_messages', sql`message_id in (${id('B-A')}, ${id('B-B')})`)).toBe(2);
    expect(await count('report_inbound_messages', sql`message_id = ${id('B-BAD')}`)).toBe(0);
    expect(await count('reports', sql`patient_id in (${a.self.id}, ${b.self.id})`)).toBe(2);
    expect(await count('reports', sql`patient_id = ${bad.self.id}`)).toBe(0);
    expect(await count('report_observations', sql`report_id in (select id from reports where patient_id = ${a.self.id})`)).toBe(9);
    // Sent again later (the LIS's retry of an ACKed message): still once.
    const [again] = await ingest.ingestBatch([good]);
    expect(again).toMatchObject({ ok: true, result: { outcome: 'duplicate' } });
    expect(await count('reports', sql`patient_id = ${a.self.id}`)).toBe(1);
  });

  it('writes a correction that follows its first version in the same batch as version 2, with the later values', async () => {
    const p = await verifiedPatient(t);
    const first = report({ controlId: id('C-1'), idNumber: p.idNumber, fillerOrderNo: id('F-C'), glucose: '7.8' });
    const second = report({ controlId: id('C-2'), idNumber: p.idNumber, fillerOrderNo: id('F-C'), glucose: '5.2', resultStatus: 'C' });
    expect((await ingest.ingestBatch([first, second])).map((o) => o.ok)).toEqual([true, true]);
    const rows = await queryRows<{ version: number; status: string }>(db, sql`select version, status from reports where filler_order_no = ${id('F-C')}`);
    expect(rows).toEqual([{ version: 2, status: 'corrected' }]);
    const values = await queryRows<{ value: string }>(db, sql`select value from report_observations where code = 'GLU' and report_id in (select id from reports where filler_order_no = ${id('F-C')})`);
    expect(values).toEqual([{ value: '5.2' }]);
  });

  it('queues the unknown people of a batch, each once, but keeps a correction without a known patient with the earlier version’s patient', async () => {
    const p = await verifiedPatient(t);
    await ingest.ingest(report({ controlId: id('U-0'), idNumber: p.idNumber, fillerOrderNo: id('F-U') }));
    const stranger = (n: string) => report({ controlId: id(n), idNumber: makeIdNumber(birthForAge(60)), name: '陌生人' });
    const correction = report({ controlId: id('U-C'), cardNo: `NC${run}`, name: '无名氏', fillerOrderNo: id('F-U'), resultStatus: 'C' });
    const outcomes = await ingest.ingestBatch([stranger('U-1'), correction, stranger('U-2')]);
    expect(outcomes.map((o) => (o.ok ? o.result.outcome : String(o.error)))).toEqual(['unmatched', 'stored', 'unmatched']);
    expect(await count('report_unmatched', sql`message_log_id in (select id from report_inbound_messages where message_id in (${id('U-1')}, ${id('U-2')}, ${id('U-C')}))`)).toBe(2);
    expect(await count('reports', sql`message_id in (${id('U-1')}, ${id('U-2')}) and patient_id is null and unmatched_id is not null`)).toBe(2);
    expect(await queryRows(db, sql`select version, patient_id as "patientId" from reports where filler_order_no = ${id('F-U')}`)).toEqual([{ version: 2, patientId: p.self.id }]);
  });

  it('stores a lone UTF-16 surrogate (possible in a FHIR body) as U+FFFD instead of refusing the message', async () => {
    const p = await verifiedPatient(t);
    const inbound = report({ controlId: id('S-1'), idNumber: p.idNumber });
    inbound.orders[0]!.observations[0]!.notes = ['a\ud800b', 'c\\ud800'];
    const [outcome] = await ingest.ingestBatch([inbound]);
    expect(outcome).toMatchObject({ ok: true, result: { outcome: 'stored' } });
    const [row] = await queryRows<{ notes: string[] }>(db, sql`select notes from report_observations where seq = 1 and report_id in (select id from reports where patient_id = ${p.self.id})`);
    expect(row!.notes).toEqual(['a\ufffdb', 'c\\ud800']);
  });

  it('answers AA over MLLP to every message of a burst but AE to the one that failed, each after its commit', async () => {
    const listener = await startMllpListener({ reports: ingest, port: 0, host: '127.0.0.1', maxFrameBytes: 1 << 20, log });
    afterAll(() => listener.close());
    const people = await Promise.all(Array.from({ length: 4 }, () => verifiedPatient(t)));
    poisoned = people[2]!.self.id;
    const acks = await Promise.all(people.map((p, i) => sendOne(listener.port, labOru({ controlId: id(`M-${i}`), idNumber: p.idNumber }))));
    expect(acks.map(msa)).toEqual(['AA', 'AA', 'AE', 'AA']);
    expect(await count('report_inbound_messages', sql`message_id like ${id('M-%')}`)).toBe(3);
  });

  it('never answers AA when the commit fails: the message is refused and nothing of it is stored', async () => {
    // The transaction does all its work, then the commit is refused (as when the database goes away at COMMIT).
    const refusingDb = Object.create(db, {
      transaction: { value: (work: Parameters<Db['transaction']>[0]) => db.transaction(async (tx) => (await work(tx), Promise.reject(new Error('commit refused')))) },
    }) as Db;
    const refusing = createIngest({ db: refusingDb, protection, now: () => t.clock.now });
    const listener = await startMllpListener({ reports: refusing, port: 0, host: '127.0.0.1', maxFrameBytes: 1 << 20, log });
    afterAll(() => listener.close());
    const p = await verifiedPatient(t);
    const acks = await Promise.all([0, 1].map((i) => sendOne(listener.port, labOru({ controlId: id(`R-${i}`), idNumber: p.idNumber }))));
    expect(acks.map(msa)).toEqual(['AE', 'AE']);
    expect(await count('report_inbound_messages', sql`message_id like ${id('R-%')}`)).toBe(0);
    expect(await count('reports', sql`patient_id = ${p.self.id}`)).toBe(0);
  });
});
