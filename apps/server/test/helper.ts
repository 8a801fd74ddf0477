import { mainlandIdCheckDigit } from '@xinglin/identity';
import { totpCode } from '../src/modules/auth/staff-credentials';
import { createProtection, fieldContext } from '../src/security/protection';
import { staffUsers } from '../src/modules/auth/tables';
import { allDoctors, findDoctorByCode } from '../src/modules/catalog/repository';
import { addDays, chinaDate, slotsFor } from '../src/modules/schedule/domain';
import { insertSessionWithSlots } from '../src/modules/schedule/repository';
import { sql } from 'drizzle-orm';
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { FastifyInstance } from 'fastify';
import { afterAll } from 'vitest';
import { buildApp } from '../src/app';
import { testConfig, type Config } from '../src/config';
import { createDatabase, queryRows, type Database } from '../src/db/client';
import { seedDemoData } from '../src/db/seed';
import { createIntegrations, type Integrations } from '../src/integrations';
import { createScheduleService } from '../src/modules/schedule/service';

export interface TestApp {
  app: FastifyInstance;
  config: Config;
  database: Database;
  integrations: Integrations;
  sms: Integrations['sms'];
  clock: { now: Date; advance(seconds: number): void };
}

/**
 * A whole app over a fresh in-memory PGlite, or over the PostgreSQL named by DATABASE_URL (CI), migrated and
 * seeded with the demo hospital. Closed after the file's tests. Tests on a shared PostgreSQL use fresh phones.
 */
export async function buildTestApp(
  env: Record<string, string | undefined> = {},
  extend?: (app: FastifyInstance) => void,
  logStream?: { write(line: string): void },
): Promise<TestApp> {
  const config = testConfig(env);
  const database = createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, inMemory: true });
  await database.migrate();
  await seedDemoData(database.db, createProtection(config));
  await createScheduleService({ db: database.db }).materialize();
  const integrations = await createIntegrations(config);
  const sms = integrations.sms;
  const clock = {
    now: new Date(),
    advance(seconds: number) {
      this.now = new Date(this.now.getTime() + seconds * 1000);
    },
  };
  const app = await buildApp({ config, database, integrations, now: () => clock.now, logStream });
  extend?.(app);
  await app.ready();
  afterAll(async () => {
    await app.close();
    await integrations.close();
    await database.close();
  });
  return { app, config, database, integrations, sms, clock };
}

/** A random mainland mobile number, so tests sharing one PostgreSQL never collide. */
export function randomPhone(): string {
  return `139${randomInt(0, 100_000_000).toString().padStart(8, '0')}`;
}

export function lastCode(t: TestApp, phone: string): string {
  const messages = t.sms.simulator?.messages(phone) ?? [];
  const code = messages.at(-1)?.params[0];
  if (!code) throw new Error(`no SMS delivered to ${phone}`);
  return code;
}

export async function loginPatient(t: TestApp, phone = randomPhone()) {
  const sent = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sms-codes', payload: { phone } });
  if (sent.statusCode !== 202) throw new Error(`sms-codes answered ${sent.statusCode}: ${sent.body}`);
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sessions', payload: { phone, code: lastCode(t, phone) } });
  if (res.statusCode !== 200) throw new Error(`login answered ${res.statusCode}: ${res.body}`);
  return { phone, ...(res.json() as { accessToken: string; refreshToken: string }) };
}

export type StaffRole = 'admin' | 'auditor' | 'pharmacist' | 'doctor';

const staffCache = new WeakMap<TestApp, Map<StaffRole, { username: string; password: string; secret: string }>>();

/**
 * A fresh staff member of a role for this test app (doctors are the catalogue's d001), so test files sharing one
 * PostgreSQL never lock out or replay each other's demo accounts.
 */
export async function createStaff(t: TestApp, role: StaffRole) {
  const id = randomUUID();
  const username = `t-${role}-${id.slice(0, 8)}`;
  const password = `Pw-${randomUUID()}`;
  const secret = base32Secret();
  const protection = createProtection(t.config);
  await t.database.db.transaction(async (tx) => {
    const doctor = role === 'doctor' ? await findDoctorByCode(tx, 'd001') : null;
    await tx.insert(staffUsers).values({
      id,
      username,
      passwordHash: await hash(password),
      displayName: doctor?.name ?? `测试${role}`,
      surname: doctor?.name.slice(0, 1) ?? '测',
      role,
      doctorId: doctor?.id ?? null,
      totpSecretEnc: protection.cipher.encrypt(secret, fieldContext('staff_users', 'totp_secret', id)),
    });
  });
  return { id, username, password, secret };
}

function base32Secret(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  return [...randomBytes(32)].map((b) => alphabet[b % 32]).join('');
}

/**
 * Logs in this test app's staff member of a role with a TOTP code for the test clock. Each call moves the clock
 * one TOTP step on, because a code is accepted only once.
 */
export async function loginStaff(t: TestApp, role: StaffRole) {
  let byRole = staffCache.get(t);
  if (!byRole) staffCache.set(t, (byRole = new Map()));
  let staff = byRole.get(role);
  if (!staff) byRole.set(role, (staff = await createStaff(t, role)));
  t.clock.advance(30);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/staff/sessions',
    payload: { username: staff.username, password: staff.password, totpCode: totpCode(staff.secret, t.clock.now) },
  });
  if (res.statusCode !== 200) throw new Error(`staff login answered ${res.statusCode}: ${res.body}`);
  return { ...(res.json() as { accessToken: string; refreshToken: string; account: { id: string } }), username: staff.username };
}

/** A valid mainland ID number (GB 11643) for a birth date; sequence odd = male, even = female. */
const REGIONS = ['110105', '110108', '310104', '310115', '440305', '440106', '330106', '510107', '420106', '320102', '370102', '610113'];

export function makeIdNumber(birth: string, seq = randomInt(100, 999), region = REGIONS[randomInt(0, REGIONS.length)]!): string {
  const first17 = `${region}${birth}${String(seq).padStart(3, '0')}`;
  return first17 + mainlandIdCheckDigit(first17);
}

/** A random yyyymmdd birth date that makes someone `age` or `age + 1` years old today. */
export function birthForAge(age: number, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getUTCFullYear() - age - 1}${pad(randomInt(1, 13))}${pad(randomInt(1, 29))}`;
}

export async function verifiedPatient(t: TestApp, name = '测试患者', idNumber = makeIdNumber(birthForAge(35))) {
  const session = await loginPatient(t);
  const auth = { authorization: `Bearer ${session.accessToken}` };
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/patients/self/verification', headers: auth, payload: { name, idNumber } });
  if (res.statusCode !== 200) throw new Error(`verification answered ${res.statusCode}: ${res.body}`);
  return { ...session, auth, self: res.json() as { id: string }, idNumber };
}

/**
 * A released evening clinic, in the future, of `capacity` places in one slot, for one catalogue doctor: evening
 * clinics are rare in the demo schedule, so a free (doctor, date) is found quickly even on a shared database.
 */
export async function openTestSlot(t: TestApp, capacity: number, doctorIndex?: number, onDate?: string) {
  const doctors = (await t.database.db.transaction((tx) => allDoctors(tx)));
  for (let attempt = 0; attempt < 200; attempt++) {
    const doctor = doctors[doctorIndex ?? randomInt(0, doctors.length)]!;
    const date = onDate ?? addDays(chinaDate(t.clock.now), randomInt(2, 7));
    const created = await t.database.db.transaction((tx) =>
      insertSessionWithSlots(tx, {
        doctorId: doctor.id,
        date,
        period: 'evening',
        level: 'general',
        feeFen: 2000,
        releaseAt: new Date(t.clock.now.getTime() - 3600_000),
        slots: slotsFor(date, 'evening', 30, capacity).slice(0, 1),
      }),
    );
    if (!created) {
      if (doctorIndex !== undefined && onDate) break;
      continue;
    }
    const [slot] = await queryRows<{ id: string }>(t.database.db, sql`select s.id from slots s join clinic_sessions c on c.id = s.session_id where c.doctor_id = ${doctor.id} and c.date = ${date} and c.period = 'evening'`);
    return { slotId: slot!.id, doctorId: doctor.id, date };
  }
  throw new Error('no free evening clinic found');
}
