import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { verifiedPatient } from '../../../test/helper';
import { endBooking } from '../booking/repository';
import { bookingStatus, buildPaymentsTestApp, count, heldBookingWithOrder, newKey, orderRow, payOrder } from './test-support';

describe('payments: orders, paying, booking confirmation', async () => {
  const { t, wechatSim, alipaySim } = await buildPaymentsTestApp();

  it('creates a booking’s pending order once, with its registration item, and hides it from other accounts', async () => {
    const { p, booking, order } = await heldBookingWithOrder(t);
    expect(order).toMatchObject({ status: 'pending', source: 'booking', sourceId: booking.id, totalFen: booking.feeFen, channel: null });
    expect((order as unknown as { items: unknown[] }).items).toEqual([expect.objectContaining({ category: 'registration', quantity: 1, unitFen: booking.feeFen, amountFen: booking.feeFen })]);
    const again = await t.app.inject({ method: 'POST', url: `/api/v1/bookings/${booking.id}/order`, headers: { ...p.auth, 'idempotency-key': newKey() } });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(order.id);
    const other = await verifiedPatient(t);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: other.auth })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/bookings/${booking.id}/order`, headers: { ...other.auth, 'idempotency-key': newKey() } })).statusCode).toBe(404);
    expect((await payOrder(t, other.auth, order.id, { channel: 'wechat' })).statusCode).toBe(404);
    const mine = await t.app.inject({ method: 'GET', url: '/api/v1/orders', headers: p.auth });
    expect(mine.json()).toMatchObject({ total: 1, items: [{ id: order.id }] });
  });

  it('pays by WeChat H5: the verified notification marks the order paid and confirms the booking with a message, in one go', async () => {
    const { p, booking, order } = await heldBookingWithOrder(t);
    const res = await payOrder(t, p.auth, order.id, { channel: 'wechat' });
    expect(res.statusCode).toBe(200);
    expect(res.json().h5Url).toContain('/sim/h5?prepay_id=');
    expect((await orderRow(t, order.id)).status).toBe('paying');
    const deliveries = await wechatSim.pay(order.orderNo);
    expect(deliveries.map((d) => d.status)).toEqual([204]);
    expect((await orderRow(t, order.id)).status).toBe('paid');
    expect(await bookingStatus(t, booking.id)).toEqual({ status: 'confirmed', hold_expires_at: null });
    expect(await count(t, sql`select count(*) as n from notification_outbox where kind = 'payment.paid' and dedupe_key = ${`order:${order.id}:paid`}`)).toBe(1);
    const shown = (await t.app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: p.auth })).json();
    expect(shown).toMatchObject({ status: 'paid', channel: 'wechat', transactionId: expect.any(String), paidAt: expect.any(String) });
  });

  it('pays by WeChat JSAPI with signed wx.requestPayment parameters when an openid is known', async () => {
    const { p, order } = await heldBookingWithOrder(t);
    const res = await payOrder(t, p.auth, order.id, { channel: 'wechat', wechatFlow: 'jsapi', openid: 'oTestOpenid0001' });
    expect(res.statusCode).toBe(200);
    expect(res.json().requestPayment).toMatchObject({ appId: expect.any(String), package: expect.stringMatching(/^prepay_id=/), signType: 'RSA', paySign: expect.any(String) });
    const noOpenid = await heldBookingWithOrder(t);
    const refused = await payOrder(t, noOpenid.p.auth, noOpenid.order.id, { channel: 'wechat', wechatFlow: 'jsapi' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('WECHAT_OPENID_REQUIRED');
  });

  it('pays by Alipay through the wap cashier and its RSA2-signed notification', async () => {
    const { p, booking, order } = await heldBookingWithOrder(t);
    const res = await payOrder(t, p.auth, order.id, { channel: 'alipay' });
    expect(res.statusCode).toBe(200);
    const payUrl = res.json().payUrl as string;
    expect((await fetch(payUrl)).status).toBe(200); // opening the cashier creates the trade, as Alipay does
    const deliveries = await alipaySim.pay(order.orderNo);
    expect(deliveries.at(-1)).toMatchObject({ acknowledged: true });
    expect((await orderRow(t, order.id)).status).toBe('paid');
    expect((await bookingStatus(t, booking.id)).status).toBe('confirmed');
  });

  it('answers the same pay request with the same key the same way, refuses the key for another body, and needs a key', async () => {
    const { p, order } = await heldBookingWithOrder(t);
    const key = newKey();
    const first = await payOrder(t, p.auth, order.id, { channel: 'wechat' }, key);
    const second = await payOrder(t, p.auth, order.id, { channel: 'wechat' }, key);
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(200);
    expect(second.json()).toEqual(first.json());
    const other = await payOrder(t, p.auth, order.id, { channel: 'alipay' }, key);
    expect(other.statusCode).toBe(422);
    expect(other.json()).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', messageZh: expect.any(String), messageEn: expect.any(String) });
    const noKey = await t.app.inject({ method: 'POST', url: `/api/v1/orders/${order.id}/pay`, headers: p.auth, payload: { channel: 'wechat' } });
    expect(noKey.statusCode).toBe(400);
    expect(noKey.json().code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    const createKey = newKey();
    const { booking: b2, p: p2 } = await heldBookingWithOrder(t);
    const a = await t.app.inject({ method: 'POST', url: `/api/v1/bookings/${b2.id}/order`, headers: { ...p2.auth, 'idempotency-key': createKey } });
    const b = await t.app.inject({ method: 'POST', url: `/api/v1/bookings/${b2.id}/order`, headers: { ...p2.auth, 'idempotency-key': createKey } });
    expect(b.json()).toEqual(a.json());
    const elsewhere = await t.app.inject({ method: 'POST', url: `/api/v1/bookings/${booking2Other(b2.id)}/order`, headers: { ...p2.auth, 'idempotency-key': createKey } });
    expect(elsewhere.statusCode).toBe(422);
  });

  it('refuses to pay an order twice or after its booking is gone', async () => {
    const { p, order } = await heldBookingWithOrder(t);
    await payOrder(t, p.auth, order.id, { channel: 'wechat' });
    await wechatSim.pay(order.orderNo);
    const again = await payOrder(t, p.auth, order.id, { channel: 'wechat' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('ORDER_ALREADY_PAID');
    // The booking ended without telling payments (no hook): the order checks the booking itself.
    const ended = await heldBookingWithOrder(t);
    await t.database.db.transaction((tx) => endBooking(tx, ended.booking.id, ['held'], 'expired', t.clock.now));
    const late = await payOrder(t, ended.p.auth, ended.order.id, { channel: 'wechat' });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('BOOKING_NOT_HELD');
    // Cancelled through the API (which closes the order once booking calls refundForBooking).
    const cancelled = await heldBookingWithOrder(t);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/bookings/${cancelled.booking.id}/cancel`, headers: cancelled.p.auth })).statusCode).toBe(200);
    const afterCancel = await payOrder(t, cancelled.p.auth, cancelled.order.id, { channel: 'wechat' });
    expect(afterCancel.statusCode).toBe(409);
    expect(['ORDER_CLOSED', 'BOOKING_NOT_HELD']).toContain(afterCancel.json().code);
  });
});

/** Another (well-formed) booking id: the same key used for a different request. */
const booking2Other = (id: string) => `${id.slice(0, -1)}${id.endsWith('0') ? '1' : '0'}`;
