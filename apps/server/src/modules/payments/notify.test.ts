import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildPaymentsTestApp, count, heldBookingWithOrder, orderRow, payOrder, replay } from './test-support';

describe('payments: channel notifications', async () => {
  const { t, wechatSim, alipaySim, recorded, setMode } = await buildPaymentsTestApp();
  const payments = (orderId: string) => count(t, sql`select count(*) as n from payments where order_id = ${orderId}`);
  const paidMessages = (orderId: string) => count(t, sql`select count(*) as n from notification_outbox where dedupe_key = ${`order:${orderId}:paid`}`);
  const events = (orderNo: string, outcome: string) => count(t, sql`select count(*) as n from payment_events where order_no = ${orderNo} and outcome = ${outcome}`);
  const deniedAudits = (channel: string) => count(t, sql`select count(*) as n from audit_log where object_type = 'payment_notification' and action = ${`notify_${channel}`} and outcome = 'denied'`);

  /** A paying order whose WeChat notification the proxy recorded but did not pass on (with its 3 retries). */
  async function heldNotification() {
    const { p, booking, order } = await heldBookingWithOrder(t);
    await payOrder(t, p.auth, order.id, { channel: 'wechat' });
    setMode('hold');
    const before = recorded.length;
    try {
      await wechatSim.pay(order.orderNo);
    } finally {
      setMode('forward');
    }
    const mine = recorded.slice(before);
    expect(mine).toHaveLength(4); // the first delivery and 3 retries, none acknowledged
    expect(new Set(mine.map((n) => JSON.parse(n.body).id)).size).toBe(1); // one event
    return { booking, order, notification: mine[0]! };
  }

  it('applies the same notification delivered 100 times in a row once', async () => {
    const { order, notification } = await heldNotification();
    for (let i = 0; i < 100; i++) expect((await replay(t, notification)).statusCode).toBe(204);
    expect((await orderRow(t, order.id)).status).toBe('paid');
    expect(await payments(order.id)).toBe(1);
    expect(await paidMessages(order.id)).toBe(1);
    expect(await events(order.orderNo, 'applied')).toBe(1);
    expect(await events(order.orderNo, 'duplicate')).toBe(99);
  });

  it('applies the same notification delivered 100 times at once once', async () => {
    const { order, notification } = await heldNotification();
    const answers = await Promise.all(Array.from({ length: 100 }, () => replay(t, notification)));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(100).fill(204));
    expect((await orderRow(t, order.id)).status).toBe('paid');
    expect(await payments(order.id)).toBe(1);
    expect(await paidMessages(order.id)).toBe(1);
    expect(await events(order.orderNo, 'applied')).toBe(1);
  });

  for (const [fault, faults, error] of [
    ['a forged signature', { corruptSignature: true }, 'BAD_SIGNATURE'],
    ['a stale timestamp', { staleTimestamp: true }, 'STALE_TIMESTAMP'],
    // Changing the amount in transit breaks the signature over the body: caught before decrypting.
    ['a tampered amount', { tamperAmountFen: 1 }, 'BAD_SIGNATURE'],
  ] as const) {
    it(`refuses and audits ${fault}, and the order stays unpaid`, async () => {
      const { p, order } = await heldBookingWithOrder(t);
      await payOrder(t, p.auth, order.id, { channel: 'wechat' });
      const audited = await deniedAudits('wechat');
      wechatSim.setFaults(faults);
      let deliveries;
      try {
        deliveries = await wechatSim.pay(order.orderNo);
      } finally {
        wechatSim.setFaults({});
      }
      expect(deliveries.map((d) => d.status)).toEqual([401, 401, 401, 401]);
      expect(deliveries[0]!.responseBody).toContain(error);
      expect((await orderRow(t, order.id)).status).toBe('paying');
      expect(await payments(order.id)).toBe(0);
      expect(await count(t, sql`select count(*) as n from payment_events where verified = false and outcome = 'rejected' and error = ${error} and body like ${`%${JSON.parse(recorded.at(-1)!.body).id}%`}`)).toBe(4);
      expect(await deniedAudits('wechat')).toBe(audited + 4);
      // The money did arrive at the channel: the late-payment job finds it by querying, honestly signed.
      t.clock.advance(t.config.payments.queryAfterSeconds + 1);
      expect(await t.app.payments.jobs.queryLatePayments({ orderIds: [order.id] })).toBe(1);
      expect((await orderRow(t, order.id)).status).toBe('paid');
    });
  }

  it('refuses and audits a forged Alipay notification', async () => {
    const { p, order } = await heldBookingWithOrder(t);
    const payUrl = (await payOrder(t, p.auth, order.id, { channel: 'alipay' })).json().payUrl as string;
    await fetch(payUrl);
    const audited = await deniedAudits('alipay');
    alipaySim.setFaults({ corruptSignature: true });
    let deliveries;
    try {
      deliveries = await alipaySim.pay(order.orderNo);
    } finally {
      alipaySim.setFaults({});
    }
    expect(deliveries.every((d) => !d.acknowledged)).toBe(true);
    expect((await orderRow(t, order.id)).status).toBe('paying');
    expect(await deniedAudits('alipay')).toBe(audited + deliveries.length);
  });

  it('a crash after commit, before the reply, followed by the channel’s retry changes nothing more', async () => {
    const { p, order } = await heldBookingWithOrder(t);
    await payOrder(t, p.auth, order.id, { channel: 'wechat' });
    t.app.payments.hooks.failAfterCommit = 1;
    const deliveries = await wechatSim.pay(order.orderNo);
    expect(t.app.payments.hooks.failAfterCommit).toBe(0);
    expect(deliveries.map((d) => d.status)).toEqual([500, 204]); // the channel saw a failure and retried
    expect((await orderRow(t, order.id)).status).toBe('paid');
    expect(await payments(order.id)).toBe(1);
    expect(await paidMessages(order.id)).toBe(1);
    expect(await events(order.orderNo, 'applied')).toBe(1);
    expect(await events(order.orderNo, 'duplicate')).toBe(1);
  });

  it('refuses and audits a body that is not a signed notification at all', async () => {
    const audited = await deniedAudits('wechat');
    const body = JSON.stringify({ id: `made-up-${randomUUID()}` });
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/payments/wechat/notify', headers: { 'content-type': 'application/json' }, payload: body });
    expect(bad.statusCode).toBe(401);
    expect(await deniedAudits('wechat')).toBe(audited + 1);
    expect(await count(t, sql`select count(*) as n from payment_events where body = ${body} and verified = false and outcome = 'rejected'`)).toBe(1);
  });
});
