import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { createProtection } from '../../security/protection';
import { buildTestApp, loginPatient, randomPhone } from '../../../test/helper';
import { createNotificationsService, type OutboxMessage } from './index';

describe('notifications outbox', async () => {
  const t = await buildTestApp();
  const sms = t.sms.simulator!;
  const wx = t.integrations.wechat.simulator!;
  const outbox = createNotificationsService({ db: t.database.db, integrations: t.integrations, protection: createProtection(t.config), now: () => t.clock.now });
  // Scoped to this file's accounts: on a shared PostgreSQL other test files have messages due too.
  const mine: string[] = [];
  const deliver = () => t.app.jobs.deliverNotifications({ accountIds: mine });
  const enqueue = (m: OutboxMessage) => t.database.db.transaction((tx) => outbox.enqueue(tx, m));
  const me = async (accessToken: string) => (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${accessToken}` } })).json().id as string;
  const patient = async () => {
    const s = await loginPatient(t);
    const accountId = await me(s.accessToken);
    mine.push(accountId);
    return { ...s, accountId, auth: { authorization: `Bearer ${s.accessToken}` } };
  };
  const message = (accountId: string, extra: Partial<OutboxMessage> = {}): OutboxMessage => ({
    accountId,
    kind: 'booking.created',
    title: '预约成功',
    body: '您已预约 内科 张医生 明天 09:00',
    link: '/pages/visits/index',
    data: { patientName: '张三', department: '内科', time: '2026-11-27 09:00', place: '门诊楼2层' },
    ...extra,
  });
  const notices = (phone: string) => sms.messages(phone).filter((m) => m.templateId === '1000002');
  const inbox = async (auth: Record<string, string>, query = '') => (await t.app.inject({ method: 'GET', url: `/api/v1/messages${query}`, headers: auth })).json();
  const row = async (dedupeKey: string) =>
    (await queryRows<{ status: string; inapp: string | null; wechat: string | null; sms: string | null; attempts: number; last_error: string | null }>(t.database.db, sql`select status, inapp, wechat, sms, attempts, last_error from notification_outbox where dedupe_key = ${dedupeKey}`))[0]!;

  it('delivers in-app and by SMS; a channel with no address (no WeChat openid) is skipped, not failed', async () => {
    const p = await patient();
    await enqueue(message(p.accountId, { dedupeKey: `t:${p.accountId}:basic` }));
    expect(await deliver()).toBe(1);
    expect(notices(p.phone).map((m) => m.text)).toEqual(['【杏林医院】预约成功：您已预约 内科 张医生 明天 09:00']);
    const list = await inbox(p.auth);
    expect(list).toMatchObject({ total: 1, unread: 1, items: [{ kind: 'booking.created', title: '预约成功', link: '/pages/visits/index', readAt: null }] });
    expect(await row(`t:${p.accountId}:basic`)).toMatchObject({ status: 'done', inapp: 'sent', wechat: 'skipped', sms: 'sent', attempts: 1 });
    expect(await deliver()).toBe(0);
    expect(notices(p.phone)).toHaveLength(1);
  });

  it('sends nothing for a message enqueued in a transaction that rolled back', async () => {
    const p = await patient();
    await expect(
      t.database.db.transaction(async (tx) => {
        await outbox.enqueue(tx, message(p.accountId));
        throw new Error('the state change failed');
      }),
    ).rejects.toThrow('the state change failed');
    expect(await deliver()).toBe(0);
    expect(notices(p.phone)).toHaveLength(0);
    expect((await inbox(p.auth)).total).toBe(0);
  });

  it('treats a repeated dedupe key as a no-op', async () => {
    const p = await patient();
    const key = `booking:${p.accountId}:created`;
    await enqueue(message(p.accountId, { dedupeKey: key }));
    await enqueue(message(p.accountId, { dedupeKey: key, title: '重复' }));
    expect(await deliver()).toBe(1);
    await enqueue(message(p.accountId, { dedupeKey: key })); // a replay after delivery
    expect(await deliver()).toBe(0);
    expect(notices(p.phone)).toHaveLength(1);
    expect((await inbox(p.auth)).items.map((m: { title: string }) => m.title)).toEqual(['预约成功']);
  });

  it('holds a scheduled message until its time on the app clock, and cancel stops a pending one by key prefix', async () => {
    const p = await patient();
    const in10min = new Date(t.clock.now.getTime() + 600_000);
    await enqueue(message(p.accountId, { kind: 'booking.reminder', title: '就诊提醒', dedupeKey: `booking:${p.accountId}:a:reminder`, sendAt: in10min }));
    await enqueue(message(p.accountId, { kind: 'booking.reminder', title: '另一个提醒', dedupeKey: `booking:${p.accountId}:b:reminder`, sendAt: in10min }));
    expect(await deliver()).toBe(0);
    t.clock.advance(500);
    expect(await deliver()).toBe(0);
    expect(await t.database.db.transaction((tx) => outbox.cancel(tx, `booking:${p.accountId}:a:`))).toBe(1);
    expect(await t.database.db.transaction((tx) => outbox.cancel(tx, '%'))).toBe(0); // like-wildcards are literal
    t.clock.advance(100);
    expect(await deliver()).toBe(1);
    expect((await inbox(p.auth)).items.map((m: { title: string }) => m.title)).toEqual(['另一个提醒']);
    expect(await row(`booking:${p.accountId}:a:reminder`)).toMatchObject({ status: 'cancelled', inapp: 'cancelled', sms: 'cancelled' });
  });

  it('sends a WeChat subscribe message to an account with an openid and a subscription', async () => {
    const phone = randomPhone();
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/wechat/sessions', payload: { code: wx.issueLoginCode({ phone }), phoneCode: wx.issuePhoneCode(phone) } });
    const accountId = login.json().account.id as string;
    mine.push(accountId);
    const [identity] = await queryRows<{ subject: string }>(t.database.db, sql`select subject from account_identities where account_id = ${accountId}`);
    const openid = identity!.subject;
    wx.setSubscribed(openid, 'xinglin-visit-reminder', true);
    wx.setSubscribed(openid, 'xinglin-report-ready', true);
    await enqueue(message(accountId, { channels: ['wechat'] }));
    await enqueue(message(accountId, { kind: 'report.ready', title: '报告已出', body: '血常规报告已出', link: '/pages/reports/index', data: { patientName: '张三', reportName: '血常规', time: '2026-11-27 10:00' }, channels: ['wechat'] }));
    expect(await deliver()).toBe(2);
    const sent = wx.subscribeMessages(openid);
    expect(sent.map((m) => [m.templateId, m.page, m.data])).toEqual(
      expect.arrayContaining([
        ['xinglin-visit-reminder', 'pages/visits/index', { name1: '张三', thing2: '内科', time3: '2026-11-27 09:00', thing4: '门诊楼2层' }],
        ['xinglin-report-ready', 'pages/reports/index', { name1: '张三', thing2: '血常规', time3: '2026-11-27 10:00' }],
      ]),
    );
    // Without a subscription left WeChat answers 43101: the channel is skipped, never retried.
    await enqueue(message(accountId, { channels: ['wechat', 'inapp'], dedupeKey: `t:${accountId}:nosub` }));
    expect(await deliver()).toBe(1);
    expect(await row(`t:${accountId}:nosub`)).toMatchObject({ status: 'done', wechat: 'skipped', inapp: 'sent' });
    expect(wx.subscribeMessages(openid)).toHaveLength(2);
  });

  it('retries a provider failure with backoff, sending each channel once, and gives up after the last attempt', async () => {
    const p = await patient();
    const key = `t:${p.accountId}:retry`;
    await enqueue(message(p.accountId, { dedupeKey: key }));
    sms.failNext('InternalError.Timeout');
    expect(await deliver()).toBe(1); // in-app went out; SMS waits
    expect(await row(key)).toMatchObject({ status: 'pending', inapp: 'sent', sms: 'pending', attempts: 1, last_error: expect.stringContaining('InternalError.Timeout') });
    expect(await deliver()).toBe(0); // not before the backoff
    t.clock.advance(61);
    expect(await deliver()).toBe(1);
    expect(notices(p.phone)).toHaveLength(1);
    expect(await row(key)).toMatchObject({ status: 'done', sms: 'sent', attempts: 2 });
    expect((await inbox(p.auth)).total).toBe(1);

    const dead = `t:${p.accountId}:dead`;
    await enqueue(message(p.accountId, { dedupeKey: dead, channels: ['sms'] }));
    for (let i = 0; i < 5; i++) {
      sms.failNext('InternalError.Timeout');
      await deliver();
      t.clock.advance(3600);
    }
    expect(await row(dead)).toMatchObject({ status: 'dead', sms: 'failed', attempts: 5 });
    expect(await deliver()).toBe(0);
    expect(notices(p.phone)).toHaveLength(1);
  });

  it('delivers once when two deliverDue calls run at the same time', async () => {
    const people = await Promise.all([patient(), patient(), patient(), patient()]);
    for (const p of people) await enqueue(message(p.accountId));
    const counts = await Promise.all([deliver(), deliver(), deliver()]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(4);
    for (const p of people) {
      expect(notices(p.phone)).toHaveLength(1);
      expect((await inbox(p.auth)).total).toBe(1);
    }
  });
});
