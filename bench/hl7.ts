// npm run bench:hl7 — an interface engine's burst: 10,000 ORU^R01 lab results over MLLP on 4 connections, in
// stop-and-wait by default (BENCH_WINDOW=1): each connection sends its next message only when the previous one is
// ACKed, as MLLP release 2 requires of a source. BENCH_WINDOW=n keeps up to n outstanding per connection
// (pipelining, outside the standard). Each ACK is checked against its message by MSA-2 (the control id it answers).
// The senders (the LIS side) run in a worker thread (hl7-senders.ts), apart from the server's event loop.
// 90 % are for 200 registered patients (matched and stored), 10 % for people we do not know (kept in the unmatched
// queue). The listener stores the messages that arrive together in one transaction (group commit).
// PostgreSQL when DATABASE_URL is set, else PGlite. Prints one JSON line last.
// Then, in the same run, the floor (hl7-floor.ts): the same messages stored raw, one insert per batch.
// BENCH_MESSAGES, BENCH_CONNECTIONS, BENCH_WINDOW, BENCH_TRANSACTIONS, BENCH_SEED, BENCH_CPU_PROFILE and BENCH_FLOOR
// change the run.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import inspector from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateOru, PANEL_NAMES, randomPatient, seededRandom, type GeneratedMessage, type SimPatient } from '@xinglin/hl7';
import { sql } from 'drizzle-orm';
import { testConfig } from '../apps/server/src/config';
import { queryRows } from '../apps/server/src/db/client';
import { upsertAccountByPhone } from '../apps/server/src/modules/auth/repository';
import { insertPatient } from '../apps/server/src/modules/patients/repository';
import { patientField } from '../apps/server/src/modules/patients/view';
import { startMllpListener } from '../apps/server/src/modules/reports/mllp-listener';
import { createProtection, fieldContext } from '../apps/server/src/security/protection';
import { startServer } from '../apps/server/src/server';
import { freshDatabase } from '../e2e/database';
import { measureFloor } from './hl7-floor';
import { startSenders, threadCpuMs } from './hl7-senders';
import { percentile } from './load';

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 10_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
/** The listener's batches in flight at once; the default is the server's (server.ts): 2 on PostgreSQL, 1 on PGlite. */
const TRANSACTIONS = Number(process.env.BENCH_TRANSACTIONS ?? (process.env.DATABASE_URL ? 2 : 1));
/**
 * Messages outstanding per connection. 1 (the default) is MLLP release 2's stop-and-wait; more is pipelining (TCP
 * keeps the order, MSA-2 names the message answered), which some interface engines do.
 */
const WINDOW = Math.max(1, Number(process.env.BENCH_WINDOW ?? 1));
const PATIENTS = 200;
/** Of every 5 registered patients, how many have the app (an account of their own) and so get 报告已出. */
const APP_USERS = Number(process.env.BENCH_APP_USERS ?? 4);

// On PostgreSQL the run gets a new, empty database of its own, dropped at the end: runs do not grow each other's
// tables, and a patient of an earlier run cannot collide with this one's.
const shared = process.env.DATABASE_URL;
const own = shared ? await freshDatabase(shared) : null;
const config = testConfig({ DATABASE_URL: own?.url, PORT: '0', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'xinglin-bench-')), LOG_LEVEL: 'warn', MLLP_PORT: '0' });
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
    // Four in five have the app (their own account): each of their reports puts a 报告已出 message in the outbox.
    // BENCH_APP_USERS=0 (of 5) leaves the outbox out, as in the rows before 2026-11-26 14:35.
    const accountId = known.indexOf(p) % 5 < APP_USERS ? randomUUID() : null;
    const phone = `139${String(known.indexOf(p)).padStart(8, '0')}`;
    if (accountId) await upsertAccountByPhone(tx, { id: accountId, phoneIndex: protection.index('phone', phone), phoneEnc: protection.cipher.encrypt(phone, fieldContext('accounts', 'phone', accountId)), displayName: p.name }, new Date());
    const birthDate = `${p.birthDate!.slice(0, 4)}-${p.birthDate!.slice(4, 6)}-${p.birthDate!.slice(6)}`;
    await insertPatient(tx, { id, name: p.name, idType: 'mainland_id', idNumberEnc: protection.cipher.encrypt(p.idNumber, patientField('id_number', id)), idNumberIndex: protection.index('id_number', p.idNumber), gender: p.sex === 'F' ? 'female' : 'male', birthDate, selfAccountId: accountId, verificationLevel: 2 });
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

// The LIS's connections are opened before the clock starts; the messages cross to its thread once, here.
const floorMessages = messages.map((m) => ({ bytes: m.bytes, controlId: m.controlId }));
const senders = await startSenders({ port: listener.port, connections: CONNECTIONS, window: WINDOW, messages: floorMessages });
batches = 0;
// CPU of the server's thread alone (listener, HL7 parsing, matching, the database driver) per message: unlike
// messages/s, hardly moved by the other programs sharing the machine. The senders' thread is not counted (an LIS
// is another machine); nor are V8's and libuv's helper threads. Where the thread's own CPU cannot be read, the
// whole process's is used (and said on stderr).
const processMs = () => ((u) => (u.user + u.system) / 1000)(process.cpuUsage());
const ownThread = threadCpuMs() !== undefined;
const serverMs = () => (ownThread ? threadCpuMs()! : processMs());
// BENCH_CPU_PROFILE=file.cpuprofile: the server thread's CPU profile of the run alone (not the set-up), for
// Chrome DevTools or speedscope.
const profiler = process.env.BENCH_CPU_PROFILE ? new inspector.Session() : undefined;
profiler?.connect();
await profiler?.post('Profiler.enable');
await profiler?.post('Profiler.start');
const [serverBefore, processBefore] = [serverMs(), processMs()];
const { seconds, latencies, codes, cpuMs: senderCpuMs } = await senders.run();
const [cpuMs, processCpuMs] = [serverMs() - serverBefore, processMs() - processBefore];
if (profiler) writeFileSync(process.env.BENCH_CPU_PROFILE!, JSON.stringify((await profiler.post('Profiler.stop')).profile));
profiler?.disconnect();
await senders.close();

const [counts] = await queryRows<{ stored: number; distinct_orders: number; messages: number; unmatched: number; notified: number; delivered: number }>(
  db,
  sql`select count(*)::int as stored, count(distinct filler_order_no)::int as distinct_orders,
        (select count(*)::int from report_inbound_messages where sending_facility = 'BENCH' and message_id like ${`B${run}-%`}) as messages,
        count(*) filter (where patient_id is null)::int as unmatched,
        (select count(*)::int from notification_outbox where kind = 'report.ready' and link like '/pages/reports/%') as notified,
        (select count(*)::int from notification_outbox where kind = 'report.ready' and link like '/pages/reports/%' and status = 'done') as delivered
      from reports where sending_facility = 'BENCH' and message_id like ${`B${run}-%`}`,
);
await listener.close();
// BENCH_FLOOR=0 skips it.
const floor = process.env.BENCH_FLOOR === '0' ? undefined : await measureFloor({ db, autocommit: !!config.databaseUrl, messages: floorMessages, connections: CONNECTIONS, window: WINDOW, concurrency: TRANSACTIONS });
await server.app.close();
await own?.drop();
console.error(`ACKs ${JSON.stringify(codes)}; inbound messages logged ${counts!.messages}; reports unmatched (queued) ${counts!.unmatched}; 报告已出 messages in the outbox ${counts!.notified}, of them delivered by the last ACK ${counts!.delivered}`);
const perMessage = (ms: number | undefined) => (ms === undefined ? '?' : (ms / MESSAGES).toFixed(2));
console.error(
  `CPU ms/message: ${ownThread ? 'server thread' : 'whole process (no per-thread CPU here)'} ${perMessage(cpuMs)}, ` +
    `sender thread ${perMessage(senderCpuMs)}, whole process ${perMessage(processCpuMs)}`,
);
if (floor) console.error(`floor (raw messages only, one insert per batch, same senders): ${floor.messagesPerSec} messages/s, ${floor.acked} AA`);
console.log(
  JSON.stringify({
    messages: MESSAGES,
    acked: codes.AA ?? 0,
    stored: counts!.stored,
    duplicatesStored: counts!.stored - counts!.distinct_orders,
    messagesPerSec: Math.round(MESSAGES / seconds),
    p99AckMs: Math.round(percentile(latencies, 99)),
    p50AckMs: Math.round(percentile(latencies, 50)),
    cpuMsPerMessage: Math.round((cpuMs / MESSAGES) * 100) / 100,
    messagesPerTransaction: Math.round((MESSAGES / Math.max(batches, 1)) * 10) / 10,
    connections: CONNECTIONS,
    window: WINDOW,
    transactionsAtOnce: TRANSACTIONS,
    database: config.databaseUrl ? 'postgres' : 'pglite',
    ...(floor && { floorMessagesPerSec: floor.messagesPerSec, ofFloor: Math.round((MESSAGES / seconds / floor.messagesPerSec) * 100) / 100 }),
  }),
);
