import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { endBooking } from '../booking/repository';
import { requestRefund } from './refunds';
import { findOrder, findPayment } from './repository';
import { closeOrderForExpiredBooking, refundForBooking } from '../booking/payment-hooks';
import { bookingStatus, buildPaymentsTestApp, count, heldBookingWithOrder, orderRow, payOrder } from './test-support';

describe('payments: refunds, expiry and the order state guard', async () => {
  const { t, wechatSim, alipaySim } = await buildPaymentsTestApp();
  const refundsOf = (orderId: string) => count(t, sql`select count(*) as n from refunds where order_id = ${orderId} and status = 'succeeded'`);
  const hook = (fn: typeof refundForBooking, bookingId: string) => t.database.db.transaction((tx) => fn(tx, bookingId, '退号', t.clock.now));
  const expireHook = (bookingId: string) => t.database.db.transaction((tx) => closeOrderForExpiredBooking(tx, bookingId, t.clock.now));

  async function paidBooking(channel: 'wechat' | 'alipay' = 'wechat') {
    const held = await heldBookingWithOrder(t);
    const res = await payOrder(t, held.p.auth, held.order.id, { channel });
    if (channel === 'alipay') await fetch(res.json().payUrl);
    await (channel === 'wechat' ? wechatSim.pay(held.order.orderNo) : alipaySim.pay(held.order.orderNo));
    expect((await orderRow(t, held.order.id)).status).toBe('paid');
    return held;
  }

  it('refunds a paid booking to WeChat Pay through the job and the refund notification', async () => {
    const { booking, order } = await paidBooking();
    expect(await hook(refundForBooking, booking.id)).toBe('refunding');
    expect((await orderRow(t, order.id)).status).toBe('refunding');
    expect(await t.app.payments.jobs.sendRefunds({ orderIds: [order.id] })).toBe(1);
    await wechatSim.idle();
    expect(await orderRow(t, order.id)).toMatchObject({ status: 'refunded', refunded_fen: order.totalFen });
    expect(await refundsOf(order.id)).toBe(1);
    expect(await count(t, sql`select count(*) as n from notification_outbox where kind = 'payment.refunded' and patient_id is not null and body like ${'%退号%'}`)).toBeGreaterThanOrEqual(1);
    // Asking again changes nothing: the order is no longer paid.
    expect(await hook(refundForBooking, booking.id)).toBe('already');
    expect(await t.app.payments.jobs.sendRefunds({ orderIds: [order.id] })).toBe(0);
  });

  it('refunds a paid booking to Alipay (the answer settles it; the notification is a repeat)', async () => {
    const { booking, order } = await paidBooking('alipay');
    await hook(refundForBooking, booking.id);
    await t.app.payments.jobs.sendRefunds({ orderIds: [order.id] });
    await alipaySim.idle();
    expect(await orderRow(t, order.id)).toMatchObject({ status: 'refunded', refunded_fen: order.totalFen });
    expect(await refundsOf(order.id)).toBe(1);
  });

  it('handles a refund notification that arrives before the payment notification', async () => {
    const { p, booking, order } = await heldBookingWithOrder(t);
    await payOrder(t, p.auth, order.id, { channel: 'wechat' });
    wechatSim.setFaults({ reorder: true });
    try {
      await wechatSim.pay(order.orderNo); // held by the gateway
      const synced = await t.app.inject({ method: 'POST', url: `/api/v1/orders/${order.id}/sync`, headers: p.auth });
      expect(synced.json().status).toBe('paid');
      expect((await bookingStatus(t, booking.id)).status).toBe('confirmed');
      await hook(refundForBooking, booking.id);
      await t.app.payments.jobs.sendRefunds({ orderIds: [order.id] });
      await wechatSim.idle();
      expect((await orderRow(t, order.id)).status).toBe('refunding'); // its notification is held too
      const flushed = await wechatSim.flushNotifications(); // newest first: the refund, then the payment
      expect(flushed.map((d) => [d.eventType, d.status])).toEqual([['REFUND.SUCCESS', 204], ['TRANSACTION.SUCCESS', 204]]);
    } finally {
      wechatSim.setFaults({});
    }
    expect(await orderRow(t, order.id)).toMatchObject({ status: 'refunded', refunded_fen: order.totalFen });
    expect(await count(t, sql`select count(*) as n from payments where order_id = ${order.id}`)).toBe(1);
    expect(await count(t, sql`select count(*) as n from refunds where order_id = ${order.id}`)).toBe(1);
    expect(await count(t, sql`select count(*) as n from payment_events where order_no = ${order.orderNo} and kind = 'paid' and outcome = 'duplicate'`)).toBe(1);
  });

  it('refunds automatically when the money arrives after the booking’s hold expired', async () => {
    const { p, booking, order } = await heldBookingWithOrder(t);
    await payOrder(t, p.auth, order.id, { channel: 'wechat' });
    t.clock.advance(16 * 60);
    // What booking's expiry job does to this one hold (the job itself would also expire other test files' holds on
    // a shared PostgreSQL).
    await t.database.db.transaction((tx) => endBooking(tx, booking.id, ['held'], 'expired', t.clock.now));
    expect((await bookingStatus(t, booking.id)).status).toBe('expired');
    await wechatSim.pay(order.orderNo);
    expect((await orderRow(t, order.id)).status).toBe('refunding');
    expect(await count(t, sql`select count(*) as n from notification_outbox where dedupe_key = ${`order:${order.id}:paid`} and title like '%退款%'`)).toBe(1);
    await t.app.payments.jobs.sendRefunds({ orderIds: [order.id] });
    await wechatSim.idle();
    expect((await orderRow(t, order.id)).status).toBe('refunded');
    expect((await bookingStatus(t, booking.id)).status).toBe('expired');
  });

  it('closes expired unpaid orders; one left at the cashier is closed at the channel too', async () => {
    const pending = await heldBookingWithOrder(t);
    const paying = await heldBookingWithOrder(t);
    await payOrder(t, paying.p.auth, paying.order.id, { channel: 'wechat' });
    t.clock.advance(16 * 60);
    expect(await t.app.payments.jobs.closeExpired({ orderIds: [pending.order.id, paying.order.id] })).toBe(2);
    expect((await orderRow(t, pending.order.id)).status).toBe('closed');
    expect((await orderRow(t, paying.order.id)).status).toBe('closed');
    expect(wechatSim.transaction(paying.order.orderNo)?.trade_state).toBe('CLOSED');
    // (The patient's access token has expired on the test clock: ask the service directly.)
    const [{ account_id: accountId }] = (await queryRows<{ account_id: string }>(t.database.db, sql`select account_id from orders where id = ${paying.order.id}`)) as [{ account_id: string }];
    await expect(t.app.payments.pay({ accountId }, paying.order.id, { channel: 'wechat' }, 'test-key-closed-order')).rejects.toMatchObject({ code: 'ORDER_CLOSED', statusCode: 409 });
  });

  it('refunds a second payment through the other channel and keeps the first', async () => {
    const { p, booking, order } = await heldBookingWithOrder(t);
    await payOrder(t, p.auth, order.id, { channel: 'wechat' });
    const alipayUrl = (await payOrder(t, p.auth, order.id, { channel: 'alipay' })).json().payUrl as string;
    await fetch(alipayUrl);
    await wechatSim.pay(order.orderNo);
    await alipaySim.pay(order.orderNo);
    expect(await orderRow(t, order.id)).toMatchObject({ status: 'paid', refunded_fen: 0 });
    expect((await bookingStatus(t, booking.id)).status).toBe('confirmed');
    expect(await count(t, sql`select count(*) as n from payments where order_id = ${order.id}`)).toBe(2);
    await t.app.payments.jobs.sendRefunds({ orderIds: [order.id] });
    await alipaySim.idle();
    const [refund] = await queryRows<{ channel: string; status: string; affects_order: boolean; reason: string }>(t.database.db, sql`select channel, status, affects_order, reason from refunds where order_id = ${order.id}`);
    expect(refund).toMatchObject({ channel: 'alipay', status: 'succeeded', affects_order: false, reason: expect.stringContaining('重复支付') });
    expect(await orderRow(t, order.id)).toMatchObject({ status: 'paid', refunded_fen: 0 });
  });

  it('a partial refund returns the order to paid; the rest refunded later ends it refunded', async () => {
    const { booking, order } = await paidBooking();
    await t.database.db.transaction(async (tx) => {
      const row = (await findOrder(tx, order.id))!;
      expect(await requestRefund(tx, row, (await findPayment(tx, row.paymentId!))!, '部分退款', true, t.clock.now, 500)).toMatchObject({ amountFen: 500 });
    });
    await t.app.payments.jobs.sendRefunds({ orderIds: [order.id] });
    await wechatSim.idle();
    expect(await orderRow(t, order.id)).toMatchObject({ status: 'paid', refunded_fen: 500 });
    expect(await hook(refundForBooking, booking.id)).toBe('refunding');
    await t.app.payments.jobs.sendRefunds({ orderIds: [order.id] });
    await wechatSim.idle();
    expect(await orderRow(t, order.id)).toMatchObject({ status: 'refunded', refunded_fen: order.totalFen });
    expect(await refundsOf(order.id)).toBe(2);
  });

  it('the hold-expiry hook closes a pending order at once', async () => {
    const { booking, order } = await heldBookingWithOrder(t);
    expect(await expireHook(booking.id)).toBe('closed');
    expect((await orderRow(t, order.id)).status).toBe('closed');
  });

  it('the database refuses illegal status changes, a changed amount, a non-pending insert and deletes', async () => {
    const { order } = await paidBooking();
    // Drizzle wraps the database error; its cause carries the trigger's message.
    const attempt = (q: ReturnType<typeof sql>) =>
      t.database.db.transaction((tx) => tx.execute(q)).catch((err: Error & { cause?: Error }) => {
        throw new Error(err.cause?.message ?? err.message);
      });
    await expect(attempt(sql`update orders set status = 'pending' where id = ${order.id}`)).rejects.toThrow(/illegal order status change paid → pending/);
    await expect(attempt(sql`update orders set status = 'refunded' where id = ${order.id}`)).rejects.toThrow(/illegal/);
    await expect(attempt(sql`update orders set status = 'closed' where id = ${order.id}`)).rejects.toThrow(/illegal/);
    await expect(attempt(sql`update orders set total_fen = total_fen + 1 where id = ${order.id}`)).rejects.toThrow(/amount/);
    await expect(attempt(sql`delete from orders where id = ${order.id}`)).rejects.toThrow(/never deleted/);
    const [row] = await queryRows<{ account_id: string; patient_id: string }>(t.database.db, sql`select account_id, patient_id from orders where id = ${order.id}`);
    await expect(
      attempt(sql`insert into orders (order_no, source, source_id, account_id, patient_id, description, status, total_fen, expires_at, created_at, updated_at)
        values ('XLTEST', 'exam', 'x', ${row!.account_id}, ${row!.patient_id}, 'x', 'paid', 1, now(), now(), now())`),
    ).rejects.toThrow(/must be pending/);
    expect((await orderRow(t, order.id)).status).toBe('paid');
    // A legal move passes the trigger.
    await attempt(sql`update orders set status = 'refunding' where id = ${order.id}`);
    expect((await orderRow(t, order.id)).status).toBe('refunding');
  });
});
