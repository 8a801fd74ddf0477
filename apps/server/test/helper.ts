import { mainlandIdCheckDigit } from '@xinglin/identity';
import { totpCode } from '../src/modules/auth/staff-credentials';
import { createProtection } from '../src/security/protection';
import { randomInt } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll } from 'vitest';
import { buildApp } from '../src/app';
import { testConfig, type Config } from '../src/config';
import { createDatabase, type Database } from '../src/db/client';
import { seedDemoData } from '../src/db/seed';
import { createIntegrations, type Integrations } from '../src/integrations';

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

export const DEMO_TOTP: Record<string, string> = {
  admin: 'XIIFNO3OXBGMPYMTTIZZBHY2EUYNNQQO',
  auditor: 'SWG7FYAUI6GQG2ZC3IHXHGRT34NSYHFL',
  pharmacist: 'B4DXIFXR3O5T5NENUMUW7ONC4TPY5FWP',
  doctor: 'BWCDKG3K3BYH4WCNEXA7VPLQDKE5BTDN',
};
export const DEMO_PASSWORD: Record<string, string> = {
  admin: 'Xinglin-Admin-2026!',
  auditor: 'Xinglin-Audit-2026!',
  pharmacist: 'Xinglin-Pharm-2026!',
  doctor: 'Xinglin-Doctor-2026!',
};

/**
 * Logs a demo staff member in with a TOTP code for the test clock. Each call moves the clock one TOTP step on,
 * because a code is accepted only once.
 */
export async function loginStaff(t: TestApp, username: keyof typeof DEMO_TOTP & string) {
  t.clock.advance(30);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/staff/sessions',
    payload: { username, password: DEMO_PASSWORD[username], totpCode: totpCode(DEMO_TOTP[username]!, t.clock.now) },
  });
  if (res.statusCode !== 200) throw new Error(`staff login answered ${res.statusCode}: ${res.body}`);
  return res.json() as { accessToken: string; refreshToken: string };
}

/** A valid mainland ID number (GB 11643) for a birth date; sequence odd = male, even = female. */
export function makeIdNumber(birth: string, seq = randomInt(100, 999), region = '110105'): string {
  const first17 = `${region}${birth}${String(seq).padStart(3, '0')}`;
  return first17 + mainlandIdCheckDigit(first17);
}

/** A yyyymmdd birth date that makes someone `age` years old today (roughly mid-year, so birthdays never flake). */
export function birthForAge(age: number, now = new Date()): string {
  return `${now.getUTCFullYear() - age - 1}0701`;
}

export async function verifiedPatient(t: TestApp, name = '测试患者', idNumber = makeIdNumber(birthForAge(35))) {
  const session = await loginPatient(t);
  const auth = { authorization: `Bearer ${session.accessToken}` };
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/patients/self/verification', headers: auth, payload: { name, idNumber } });
  if (res.statusCode !== 200) throw new Error(`verification answered ${res.statusCode}: ${res.body}`);
  return { ...session, auth, self: res.json() as { id: string }, idNumber };
}
