import { describe, expect, it } from 'vitest';
import { loginStaff } from '../../../test/helper';
import { bookingClient } from '../../../test/booking-helpers';
import { buildPaymentsTestApp, heldBookingWithOrder, orderRow, payOrder } from '../payments/test-support';

/** Booking and payments together through the API: paying confirms, and every way a paid booking ends refunds it. */
describe('a paid booking', async () => {
  const { t, wechatSim } = await buildPaymentsTestApp();
  const c = bookingClient(t);

  async function paid() {
    const held = await heldBookingWithOrder(t);
    await payOrder(t, held.p.auth, held.order.id, { channel: 'wechat' });
    await wechatSim.pay(held.order.orderNo);
    await wechatSim.idle();
    return held;
  }

  it('is confirmed by the payment, and cancelling it (退号) refunds the fee to WeChat Pay', async () => {
    const { p, booking, order } = await paid();
    expect((await c.call('GET', `/bookings/${booking.id}`, p.auth)).json()).toMatchObject({ status: 'confirmed', holdExpiresAt: null });
    expect((await c.cancel(p.auth, booking.id)).json().status).toBe('cancelled');
    expect((await orderRow(t, order.id)).status).toBe('refunding');
    await t.app.payments.jobs.sendRefunds({ orderIds: [order.id] });
    await wechatSim.idle();
    expect(await orderRow(t, order.id)).toMatchObject({ status: 'refunded', refunded_fen: order.totalFen });
  });

  it('is refunded when the doctor’s clinic is stopped (停诊)', async () => {
    const { p, booking, order } = await paid();
    const { sessionId } = await c.sessionOf((await c.call('GET', `/bookings/${booking.id}`, p.auth)).json().slotId);
    const admin = { authorization: `Bearer ${(await loginStaff(t, 'admin')).accessToken}` };
    expect((await c.call('POST', `/staff/sessions/${sessionId}/stop`, admin, { reason: '医生参加会诊' })).json().bookingsStopped).toBe(1);
    expect((await orderRow(t, order.id)).status).toBe('refunding');
  });
});
