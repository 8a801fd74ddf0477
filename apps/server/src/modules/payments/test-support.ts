// Test-only helpers for the payments tests: a loopback "notify proxy" the simulators post to, which records every
// notification byte for byte (to replay it) and forwards it to the app in-process.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll } from 'vitest';
import { buildTestApp, openTestSlot, verifiedPatient, type TestApp } from '../../../test/helper';
import { queryRows } from '../../db/client';

export interface RecordedNotification {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** forward: hand to the app; hold: record and answer 503 (as if we were down), so the test replays it itself. */
export type ProxyMode = 'forward' | 'hold';

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** `env` may add settings, e.g. `{ DATABASE_URL: undefined }` for a file that needs a database to itself. */
export async function buildPaymentsTestApp(env: Record<string, string | undefined> = {}) {
  const recorded: RecordedNotification[] = [];
  const state: { t: TestApp | null; mode: ProxyMode } = { t: null, mode: 'forward' };
  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([k, v]) => typeof v === 'string' && k !== 'content-length' && k !== 'host')) as Record<string, string>;
      const n = { url: req.url ?? '/', headers, body };
      recorded.push(n);
      if (state.mode === 'hold' || !state.t) {
        res.writeHead(503).end('held by the test');
        return;
      }
      const answer = await replay(state.t, n);
      res.writeHead(answer.statusCode, { 'content-type': String(answer.headers['content-type'] ?? 'text/plain') }).end(answer.body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  // Retries come quickly so a crash-then-retry test takes milliseconds.
  const t = await buildTestApp({ PAYMENT_NOTIFY_BASE_URL: `http://127.0.0.1:${port}`, PAYMENT_SIM_NOTIFY_RETRY_MS: '20,40,80', ...env });
  state.t = t;
  const wechatSim = t.integrations.payments.wechat!.simulator!;
  const alipaySim = t.integrations.payments.alipay!.simulator!;
  return { t, recorded, wechatSim, alipaySim, setMode: (m: ProxyMode) => void (state.mode = m) };
}

/** Delivers a recorded notification again, exactly as the channel sent it. */
export function replay(t: TestApp, n: RecordedNotification) {
  return t.app.inject({ method: 'POST', url: n.url, headers: n.headers, payload: n.body });
}

let keySeq = 0;
export const newKey = () => `test-key-${Date.now()}-${keySeq++}`;

/** A verified patient with a held booking and its pending order. */
export async function heldBookingWithOrder(t: TestApp) {
  const slot = await openTestSlot(t, 5);
  const p = await verifiedPatient(t);
  const booked = await t.app.inject({ method: 'POST', url: '/api/v1/bookings', headers: p.auth, payload: { patientId: p.self.id, slotId: slot.slotId } });
  if (booked.statusCode !== 201) throw new Error(`booking answered ${booked.statusCode}: ${booked.body}`);
  const booking = booked.json() as { id: string; feeFen: number };
  const res = await t.app.inject({ method: 'POST', url: `/api/v1/bookings/${booking.id}/order`, headers: { ...p.auth, 'idempotency-key': newKey() } });
  if (res.statusCode !== 201) throw new Error(`order answered ${res.statusCode}: ${res.body}`);
  return { p, booking, order: res.json() as { id: string; orderNo: string; totalFen: number; status: string } };
}

export async function payOrder(t: TestApp, auth: Record<string, string>, orderId: string, body: object, key = newKey()) {
  return t.app.inject({ method: 'POST', url: `/api/v1/orders/${orderId}/pay`, headers: { ...auth, 'idempotency-key': key }, payload: body });
}

export async function orderRow(t: TestApp, orderId: string) {
  const [row] = await queryRows<{ status: string; refunded_fen: number; payment_id: string | null }>(t.database.db, sql`select status, refunded_fen, payment_id from orders where id = ${orderId}`);
  return row!;
}

export async function count(t: TestApp, query: ReturnType<typeof sql>): Promise<number> {
  const [row] = await queryRows<{ n: number }>(t.database.db, query);
  return Number(row!.n);
}

export async function bookingStatus(t: TestApp, bookingId: string) {
  const [row] = await queryRows<{ status: string; hold_expires_at: Date | null }>(t.database.db, sql`select status, hold_expires_at from bookings where id = ${bookingId}`);
  return row!;
}
