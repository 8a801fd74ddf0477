// npm run bench:hl7 — an interface engine's burst: 10,000 ORU^R01 lab results over MLLP on 4 connections, each
// connection keeping up to BENCH_WINDOW messages outstanding (default 16; 1 = send the next only when the previous
// one is ACKed). ACKs come back in order per connection; each is checked against its message by MSA-2 (the control
// id it answers). 90 % are for 200 registered patients (matched and stored), 10 % for people we do not know (kept in
// the unmatched queue). The listener stores the messages that arrive together in one transaction (group commit).
// PostgreSQL when DATABASE_URL is set, else PGlite. Prints one JSON line last.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateOru, MllpClient, PANEL_NAMES, randomPatient, seededRandom, type GeneratedMessage, type SimPatient } from '@xinglin/hl7';
import { sql } from 'drizzle-orm';
import { testConfig } from '../apps/server/src/config';
import { queryRows } from '../apps/server/src/db/client';
import { insertPatient } from '../apps/server/src/modules/patients/repository';
import { patientField } from '../apps/server/src/modules/patients/view';
import { startMllpListener } from '../apps/server/src/modules/reports/mllp-listener';
import { createProtection } from '../apps/server/src/security/protection';
import { startServer } from '../apps/server/src/server';
import { percentile } from './load';

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 10_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
/** The listener's transactions at once (group commit batches in flight). */
const TRANSACTIONS = Number(process.env.BENCH_TRANSACTIONS ?? 1);
/** Messages outstanding per connection (pipelining: MLLP over TCP keeps order, MSA-2 names the message answered). */
const WINDOW = Math.max(1, Number(process.env.BENCH_WINDOW ?? 16));
const PATIENTS = 200;

const config = testConfig({ PORT: '0', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'xinglin-bench-')), LOG_LEVEL: 'warn', MLLP_PORT: '0' });
const server = await startServer(config);
const db = server.database.db;
const protection = createProtection(config);
// Beside the server in this process, on a free port (the same listener server.ts starts on MLLP_PORT). Counts the
// transactions (group commit batches) the listener used.
let batches = 0;
const reports = { ingestBatch: (items: Parameters<typeof server.app.reports.ingestBatch>[0]) => (batches++, server.app.reports.ingestBatch(items)) };
const listener = await startMllpListener({ reports, concurrency: TRANSACTIONS, port: 0, host: '127.0.0.1', maxFrameBytes: config.mllp.maxFrameBytes, log: server.app.log });

// Set-up (not measured): registered patients, and every message generated before the clock starts.
const rng = seededRandom(Number(process.env.BENCH_SEED ?? Date.now() % 1e9));
const known: SimPatient[] = [];
const seen = new Set<string>();
while (known.length < PATIENTS) {
  const p = randomPatient(rng);
  if (seen.has(p.idNumber)) continue;
  seen.add(p.idNumber);
  known.push(p);
}
await db.transaction(async (tx) => {
  for (const p of known) {
    const id = randomUUID();
    const birthDate = `${p.birthDate!.slice(0, 4)}-${p.birthDate!.slice(4, 6)}-${p.birthDate!.slice(6)}`;
    await insertPatient(tx, { id, name: p.name, idType: 'mainland_id', idNumberEnc: protection.cipher.encrypt(p.idNumber, patientField('id_number', id)), idNumberIndex: protection.index('id_number', p.idNumber), gender: p.sex === 'F' ? 'female' : 'male', birthDate, verificationLevel: 2 });
  }
});
const run = randomUUID().slice(0, 8);
/** The generator's filler order numbers are random per day; each bench message gets its own order (a repeat would be a correction). */
const ownOrder = (m: GeneratedMessage, i: number): GeneratedMessage => ({ ...m, bytes: Buffer.from(m.bytes.toString('latin1').replaceAll(m.fillerOrderNo, `F${run}${i}`), 'latin1') });
const messages: GeneratedMessage[] = Array.from({ length: MESSAGES }, (_, i) =>
  ownOrder(generateOru({
    patient: i % 10 === 9 ? randomPatient(rng) : known[i % PATIENTS]!,
    panel: PANEL_NAMES[i % PANEL_NAMES.length]!,
    version: i % 3 === 0 ? '2.3.1' : '2.5.1',
    charset: i % 4 === 0 ? 'GB18030' : 'UTF-8',
    rng,
    controlId: `B${run}-${i}`,
    facility: 'BENCH',
  }), i),
);

const clients = await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
  const c = new MllpClient({ port: listener.port, ackTimeoutMs: 120_000 });
  await c.connect();
  return c;
}));
const latencies: number[] = [];
const codes: Record<string, number> = {};
let next = 0;
batches = 0;
const cpuBefore = process.cpuUsage();
const start = performance.now();
// WINDOW senders per connection, each sending its next message when its previous one is ACKed: at most WINDOW
// outstanding on a connection. Latency is measured per message from its send.
await Promise.all(Array.from({ length: CONNECTIONS * WINDOW }, async (_, sender) => {
  const client = clients[sender % CONNECTIONS]!;
  for (let i = next++; i < MESSAGES; i = next++) {
    const begin = performance.now();
    const ack = await client.send(messages[i]!.bytes);
    latencies.push(performance.now() - begin);
    const msa = /\rMSA\|([A-Z]{2})\|([^|\r]*)/.exec(ack);
    // An ACK naming another message's control id is counted apart ('wrong MSA-2'), not as acknowledged.
    const code = msa && msa[2] === messages[i]!.controlId ? msa[1]! : msa ? 'wrong MSA-2' : 'unreadable';
    codes[code] = (codes[code] ?? 0) + 1;
  }
}));
const seconds = (performance.now() - start) / 1000;
// CPU of this process (server and the 4 senders) per message: unlike messages/s, hardly moved by the other
// programs sharing the machine.
const cpu = process.cpuUsage(cpuBefore);
await Promise.all(clients.map((c) => c.close()));

const [counts] = await queryRows<{ stored: number; distinct_orders: number; messages: number; unmatched: number }>(
  db,
  sql`select count(*)::int as stored, count(distinct filler_order_no)::int as distinct_orders,
        (select count(*)::int from report_inbound_messages where sending_facility = 'BENCH' and message_id like ${`B${run}-%`}) as messages,
        count(*) filter (where patient_id is null)::int as unmatched
      from reports where sending_facility = 'BENCH' and message_id like ${`B${run}-%`}`,
);
await listener.close();
await server.app.close();
console.error(`ACKs ${JSON.stringify(codes)}; inbound messages logged ${counts!.messages}; reports unmatched (queued) ${counts!.unmatched}`);
console.log(
  JSON.stringify({
    messages: MESSAGES,
    acked: codes.AA ?? 0,
    stored: counts!.stored,
    duplicatesStored: counts!.stored - counts!.distinct_orders,
    messagesPerSec: Math.round(MESSAGES / seconds),
    p99AckMs: Math.round(percentile(latencies, 99)),
    p50AckMs: Math.round(percentile(latencies, 50)),
    cpuMsPerMessage: Math.round(((cpu.user + cpu.system) / 1000 / MESSAGES) * 100) / 100,
    messagesPerTransaction: Math.round((MESSAGES / Math.max(batches, 1)) * 10) / 10,
    connections: CONNECTIONS,
    window: WINDOW,
    transactionsAtOnce: TRANSACTIONS,
    database: config.databaseUrl ? 'postgres' : 'pglite',
  }),
);
