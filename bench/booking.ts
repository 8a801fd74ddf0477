// npm run bench:booking — the release-time rush (放号): one clinic of 30 places released at a fixed instant, 2,000
// distinct verified patients booking it at once over HTTP, and a plain Fastify hello-world measured in the same run.
// PostgreSQL when DATABASE_URL is set, else PGlite. Prints one JSON line last.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { testConfig } from '../apps/server/src/config';
import { freshDatabase } from '../e2e/database';
import { queryRows } from '../apps/server/src/db/client';
import { upsertAccountByPhone } from '../apps/server/src/modules/auth/repository';
import { createSessionService } from '../apps/server/src/modules/auth/sessions';
import { findDoctorByCode } from '../apps/server/src/modules/catalog/repository';
import { insertManager, insertPatient } from '../apps/server/src/modules/patients/repository';
import { patientField } from '../apps/server/src/modules/patients/view';
import { addDays, chinaDate, slotsFor } from '../apps/server/src/modules/schedule/domain';
import { insertSessionWithSlots } from '../apps/server/src/modules/schedule/repository';
import { createProtection, fieldContext } from '../apps/server/src/security/protection';
import { startServer } from '../apps/server/src/server';
import { aim, percentile } from './load';

const ATTEMPTS = Number(process.env.BENCH_ATTEMPTS ?? 2000);
const CAPACITY = 30;

// On PostgreSQL the run gets a new, empty database of its own (dropped at the end): the bench writes its own clinic
// and 2,000 patients, which a second run on the same database would collide with.
const shared = testConfig().databaseUrl;
const own = shared ? await freshDatabase(shared) : null;
const config = testConfig({ DATABASE_URL: own?.url, PORT: '0', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'xinglin-bench-')), LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '10000000' });
const server = await startServer(config);
const db = server.database.db;
const protection = createProtection(config);
const sessions = createSessionService({ db, protection, accessTtlSeconds: 3600, refreshTtlSeconds: 3600, staffIdleTimeoutSeconds: 1800, now: () => new Date() });

// Set-up (not measured): the clinic, released a few seconds from now, and 2,000 verified patients with sessions.
const releaseAt = new Date(Date.now() + 60_000 * 60);
const date = addDays(chinaDate(new Date()), 6);
const slotId = await db.transaction(async (tx) => {
  const doctor = (await findDoctorByCode(tx, 'd002'))!;
  await insertSessionWithSlots(tx, { doctorId: doctor.id, date, period: 'evening', level: 'expert', feeFen: 3000, releaseAt, slots: slotsFor(date, 'evening', 30, CAPACITY).slice(0, 1) });
  const [row] = await queryRows<{ id: string }>(tx, sql`select s.id from slots s join clinic_sessions c on c.id = s.session_id where c.doctor_id = ${doctor.id} and c.date = ${date} and c.period = 'evening'`);
  return row!.id;
});
const patients: { token: string; patientId: string }[] = [];
for (let batch = 0; batch < ATTEMPTS / 100; batch++) {
  await db.transaction(async (tx) => {
    for (let i = 0; i < 100; i++) {
      const n = batch * 100 + i;
      const phone = `170${String(n).padStart(8, '0')}`;
      const accountId = randomUUID();
      await upsertAccountByPhone(tx, { id: accountId, phoneIndex: protection.index('phone', phone), phoneEnc: protection.cipher.encrypt(phone, fieldContext('accounts', 'phone', accountId)), displayName: `压测${n}` }, new Date());
      const patientId = randomUUID();
      const idNumber = `9${String(n).padStart(17, '0')}`; // never a real ID: the bench writes rows directly
      await insertPatient(tx, { id: patientId, name: `压测${n}`, idType: 'passport', idNumberEnc: protection.cipher.encrypt(idNumber, patientField('id_number', patientId)), idNumberIndex: protection.index('id_number', `${idNumber}-${patientId}`), selfAccountId: accountId, verificationLevel: 2 });
      await insertManager(tx, { accountId, patientId, relation: 'self', recordAccess: true, consentMethod: 'self' });
      const issued = await sessions.issue(tx, { kind: 'patient', id: accountId }, { id: accountId, kind: 'patient', displayName: '', phoneMasked: null, roles: ['patient'] }, {});
      patients.push({ token: issued.accessToken, patientId });
    }
  });
}
// The phones are connected (one kept-alive connection each, warmed) before the release instant.
const bookings = await aim(
  patients.map((p) => ({ url: `${server.url}/api/v1/bookings`, method: 'POST', headers: { authorization: `Bearer ${p.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ patientId: p.patientId, slotId }) })),
  `${server.url}/healthz`,
);
// Release now: the rush starts at the release instant.
await db.execute(sql`update clinic_sessions set release_at = now() where id = (select session_id from slots where id = ${slotId})`);
const rush = await bookings.fire();
await bookings.close();

// The same volley against a bare Fastify hello-world in this process: what this machine can answer at all.
const hello = Fastify();
hello.get('/hello', async () => ({ hello: 'world' }));
const helloUrl = await hello.listen({ port: 0, host: '127.0.0.1' });
const greetings = await aim(Array.from({ length: ATTEMPTS }, () => ({ url: `${helloUrl}/hello`, method: 'GET' as const })), `${helloUrl}/hello`);
const helloRun = await greetings.fire();
await greetings.close();
const helloLatencies = helloRun.results.map((r) => r.end - r.begin);

const [counts] = await queryRows<{ booked: number; rows: number; patients: number }>(
  db,
  sql`select (select booked from slots where id = ${slotId})::int as booked, count(*)::int as rows, count(distinct patient_id)::int as patients from bookings where slot_id = ${slotId} and status in ('held', 'confirmed')`,
);
const accepted = rush.results.filter((r) => r.status === 201).length;
const soldOut = rush.results.filter((r) => r.status === 409);
// Answers to attempts made after the slot was full: from the 30th acceptance on.
const fullAt = rush.results.filter((r) => r.status === 201).map((r) => r.end).sort((a, b) => a - b)[CAPACITY - 1] ?? 0;
const late = soldOut.filter((r) => r.end >= fullAt);
const lateWindow = (Math.max(...late.map((r) => r.end)) - fullAt) / 1000;
const latencies = rush.results.map((r) => r.end - r.begin);
await hello.close();
await server.app.close();
await own?.drop();
console.log(
  JSON.stringify({
    attempts: ATTEMPTS,
    capacity: CAPACITY,
    accepted,
    oversold: Math.max(0, counts!.booked - CAPACITY) + Math.max(0, counts!.rows - CAPACITY),
    duplicatePatients: counts!.rows - counts!.patients,
    other: rush.results.filter((r) => r.status !== 201 && r.status !== 409).length,
    attemptsPerSec: Math.round(ATTEMPTS / (rush.end / 1000)),
    // Where the time goes, from the release instant: the first place given, the last (the slot is full), the last answer.
    firstAcceptedMs: Math.round(Math.min(...rush.results.filter((r) => r.status === 201).map((r) => r.end))),
    fullMs: Math.round(fullAt),
    lastAnswerMs: Math.round(rush.end),
    p50Ms: Math.round(percentile(latencies, 50)),
    p99Ms: Math.round(percentile(latencies, 99)),
    soldOutPerSec: lateWindow > 0 ? Math.round(late.length / lateWindow) : null,
    helloPerSec: Math.round(ATTEMPTS / (helloRun.end / 1000)),
    helloP50Ms: Math.round(percentile(helloLatencies, 50)),
    helloP99Ms: Math.round(percentile(helloLatencies, 99)),
    failedHello: helloRun.results.filter((r) => r.status !== 200).length,
    database: config.databaseUrl ? 'postgres' : 'pglite',
  }),
);
