import type { SmsMessage, SmsSendResult } from '@xinglin/sms';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { createProtection } from '../../security/protection';
import { buildTestApp, loginPatient } from '../../../test/helper';
import { createNotificationsService, type OutboxMessage } from './index';

// deliverDue writes a claimed batch's in-app messages and its outcomes set-based; these check that every message of
// a batch is still treated on its own (mixed channels, several rounds, cancel and lease races, odd error text).
describe('notifications delivery of a batch', async () => {
  const t = await buildTestApp();
  /** Answers SMS sends; a test replaces it to fail, stall or act in the middle of a send. */
  let answer: (m: SmsMessage) => Promise<SmsSendResult> = async () => ({ ok: true, providerMessageId: 'x' });
  const sent: SmsMessage[] = [];
  const sms = { ...t.integrations.sms, provider: { name: 'test', send: (m: SmsMessage) => (sent.push(m), answer(m)) } };
  const service = createNotificationsService({ db: t.database.db, integrations: { wechat: t.integrations.wechat, sms }, protection: createProtection(t.config), now: () => t.clock.now });
  const mine: string[] = [];
  const deliver = () => service.deliverDue({ accountIds: mine });
  const patient = async () => {
    const s = await loginPatient(t);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${s.accessToken}` } });
    const accountId = me.json().id as string;
    mine.push(accountId);
    return { phone: s.phone, accountId };
  };
  const message = (accountId: string, key: string, extra: Partial<OutboxMessage> = {}): OutboxMessage => ({ accountId, kind: 'booking.created', title: '预约成功', body: '您已预约 内科', dedupeKey: key, ...extra });
  const enqueue = (ms: OutboxMessage[]) => t.database.db.transaction((tx) => service.enqueueMany(tx, ms));
  const row = async (key: string) =>
    (await queryRows<{ status: string; inapp: string | null; sms: string | null; attempts: number; last_error: string | null }>(t.database.db, sql`select status, inapp, sms, attempts, last_error from notification_outbox where dedupe_key = ${key}`))[0]!;
  const inappCount = async (key: string) =>
    (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from inapp_messages i join notification_outbox o on o.id = i.outbox_id where o.dedupe_key = ${key}`))[0]!.n;

  it('delivers a backlog larger than one batch, each message with its own channels, in-app once each', async () => {
    const people = [await patient(), await patient(), await patient()];
    const keys = Array.from({ length: 31 }, (_, i) => `t:batch:${people[0]!.accountId}:${i}`);
    await enqueue(keys.map((k, i) => message(people[i % 3]!.accountId, k, { channels: i % 2 === 0 ? ['inapp', 'sms'] : ['sms'] })));
    expect(await deliver()).toBe(31);
    for (const [i, k] of keys.entries()) {
      expect(await row(k)).toMatchObject({ status: 'done', inapp: i % 2 === 0 ? 'sent' : null, sms: 'sent', attempts: 1, last_error: null });
      expect(await inappCount(k)).toBe(i % 2 === 0 ? 1 : 0);
    }
    expect(await deliver()).toBe(0);
  });

  it('delivers a burst of 600 in one call (the job once stopped at 500 a tick), each message sent once', async () => {
    const people = [await patient(), await patient(), await patient(), await patient()];
    const keys = Array.from({ length: 600 }, (_, i) => `t:burst:${people[0]!.accountId}:${i}`);
    const before = sent.length;
    await enqueue(keys.map((k, i) => message(people[i % 4]!.accountId, k, { channels: ['sms'], body: `第 ${i} 条` })));
    expect(await deliver()).toBe(600);
    const bodies = sent.slice(before).map((m) => m.params.join('|'));
    expect(bodies).toHaveLength(600);
    expect(new Set(bodies).size).toBe(600);
    const [done] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from notification_outbox where dedupe_key like ${`t:burst:${people[0]!.accountId}:%`} and status = 'done' and attempts = 1`);
    expect(done!.n).toBe(600);
    expect(await deliver()).toBe(0);
  }, 60_000);

  it('keeps a message cancelled while its SMS was in flight cancelled, and records the rest of its batch', async () => {
    const a = await patient();
    const b = await patient();
    answer = async (m) => {
      if (m.phone === a.phone) await t.database.db.transaction((tx) => service.cancel(tx, `t:cancel:${a.accountId}`));
      return { ok: true, providerMessageId: 'x' };
    };
    await enqueue([message(a.accountId, `t:cancel:${a.accountId}`), message(b.accountId, `t:cancel:${b.accountId}`)]);
    await deliver();
    answer = async () => ({ ok: true, providerMessageId: 'x' });
    expect(await row(`t:cancel:${a.accountId}`)).toMatchObject({ status: 'cancelled', inapp: 'sent', sms: 'cancelled' });
    expect(await row(`t:cancel:${b.accountId}`)).toMatchObject({ status: 'done', inapp: 'sent', sms: 'sent' });
  });

  it('ignores the late outcome of a copy whose lease ran out after another copy re-claimed the message', async () => {
    const p = await patient();
    const key = `t:lease:${p.accountId}`;
    let release!: (r: SmsSendResult) => void;
    let started!: () => void;
    const inFlight = new Promise<void>((resolve) => (started = resolve));
    answer = () => {
      started();
      return new Promise((resolve) => (release = resolve));
    };
    await enqueue([message(p.accountId, key)]);
    const first = deliver();
    await inFlight;
    answer = async () => ({ ok: true, providerMessageId: 'x' });
    t.clock.advance(121);
    await deliver();
    expect(await row(key)).toMatchObject({ status: 'done', sms: 'sent', attempts: 2 });
    release({ ok: false, code: 'InternalError.Timeout', message: 'late', retryable: true });
    await first;
    expect(await row(key)).toMatchObject({ status: 'done', inapp: 'sent', sms: 'sent', attempts: 2, last_error: null });
    expect(await inappCount(key)).toBe(1);
  });

  it('records a provider error with a lone surrogate as U+FFFD rather than losing the batch outcome', async () => {
    const p = await patient();
    const key = `t:surrogate:${p.accountId}`;
    answer = async () => ({ ok: false, code: 'E', message: 'bad \uD800 text', retryable: true });
    await enqueue([message(p.accountId, key)]);
    expect(await deliver()).toBe(1); // in-app went out
    answer = async () => ({ ok: true, providerMessageId: 'x' });
    expect(await row(key)).toMatchObject({ status: 'pending', inapp: 'sent', sms: 'pending', attempts: 1, last_error: 'sms E: bad \uFFFD text' });
  });
});
