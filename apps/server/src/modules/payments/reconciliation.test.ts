import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { totpCode } from '../auth/staff-credentials';
import { createStaff, type TestApp } from '../../../test/helper';
import { buildPaymentsTestApp, count, heldBookingWithOrder, orderRow, payOrder } from './test-support';

async function adminSession(t: TestApp) {
  const staff = await createStaff(t, 'admin');
  t.clock.advance(30);
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/staff/sessions', payload: { username: staff.username, password: staff.password, totpCode: totpCode(staff.secret, t.clock.now) } });
  if (res.statusCode !== 200) throw new Error(`staff login answered ${res.statusCode}: ${res.body}`);
  return { id: staff.id, auth: { authorization: `Bearer ${res.json().accessToken}` } };
}

const chinaDate = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * The WeChat Pay simulator stamps trades and refunds with real time, while the test app's clock stood still when the
 * file started; across China midnight (16:00 UTC) the two named different days and a CI run then failed. Each test
 * sets the app's clock to real time, after waiting out the last 20 seconds of a China day if it is in them (so these tests get a longer timeout).
 */
async function onOneChinaDay(t: TestApp): Promise<string> {
  const toMidnight = 86_400_000 - ((Date.now() + 8 * 3600_000) % 86_400_000);
  if (toMidnight < 20_000) await new Promise((r) => setTimeout(r, toMidnight + 1000));
  t.clock.now = new Date();
  return chinaDate(t.clock.now);
}

describe('payments: reconciliation against the trade bill, manual refunds with a second approver', async () => {
  // A clean day means no other file's payments: this file keeps its own database.
  const { t, wechatSim, alipaySim } = await buildPaymentsTestApp({ DATABASE_URL: undefined });
  const [alice, bob] = [await adminSession(t), await adminSession(t)];
  const report = (date: string, format = 'json', channel = 'wechat') => t.app.inject({ method: 'GET', url: `/api/v1/admin/finance/reconciliation?date=${date}&format=${format}&channel=${channel}`, headers: alice.auth });

  async function paid() {
    const held = await heldBookingWithOrder(t);
    await payOrder(t, held.p.auth, held.order.id, { channel: 'wechat' });
    await wechatSim.pay(held.order.orderNo);
    return held;
  }

  it('reports zero differences on a clean day, then every injected difference, also as CSV', async () => {
    const today = await onOneChinaDay(t);
    const a = await paid();
    const b = await paid();
    const c = await paid();
    const clean = await report(today);
    expect(clean.statusCode).toBe(200);
    expect(clean.json()).toMatchObject({ date: today, channel: 'wechat', ourPayments: 3, billLines: 3, differences: [] });

    wechatSim.alterBill((rows) => [
      ...rows.filter((r) => r.outTradeNo !== a.order.orderNo).map((r) => (r.outTradeNo === b.order.orderNo ? { ...r, orderTotalFen: r.orderTotalFen + 1, settlementTotalFen: r.settlementTotalFen + 1 } : r)),
      { ...rows[0]!, outTradeNo: 'XLPHANTOM0001', transactionId: '4200000000000000000000000001' },
    ]);
    const dirty = (await report(today)).json();
    const kinds = dirty.differences.map((d: { kind: string; orderNo: string }) => `${d.kind}:${d.orderNo}`).sort();
    expect(kinds).toEqual([`amount_mismatch:${b.order.orderNo}`, `missing_ours:XLPHANTOM0001`, `missing_theirs:${a.order.orderNo}`].sort());
    expect(dirty.differences.find((d: { kind: string }) => d.kind === 'amount_mismatch')).toMatchObject({ oursFen: b.order.totalFen, theirsFen: b.order.totalFen + 1 });
    void c;

    const csv = await report(today, 'csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain('差异类型');
    expect(csv.body).toContain('金额不符');
    expect(csv.body).toContain('我方缺失');
    expect(csv.body).toContain('渠道缺失');
    // The daily job reports yesterday's Beijing day (clean here: today's trades are not in it) and audits the count.
    const job = t.app.jobs.registry.get('reconcile-yesterday')!;
    expect(job.schedule).toBe('30 2 * * *');
    const tomorrow = new Date(Date.parse(`${today}T12:00:00+08:00`) + 86_400_000);
    const saved = t.clock.now;
    t.clock.now = tomorrow;
    expect(await job.run(undefined)).toBe(3);
    t.clock.now = saved;
    expect(await count(t, sql`select count(*) as n from audit_log where object_type = 'reconciliation' and actor_kind = 'system' and purpose = ${`wechat ${today}: 3 differences`}`)).toBe(1);
    wechatSim.alterBill(undefined);
    expect((await report(today)).json().differences).toEqual([]);
    expect((await report('2026-13-45')).statusCode).toBe(400);
  }, 60_000);

  it('finds a refund the channel reports with another status than ours', async () => {
    const today = await onOneChinaDay(t);
    const x = await paid();
    // Refund by a manual request: alice asks, bob approves.
    const asked = await t.app.inject({ method: 'POST', url: '/api/v1/admin/finance/manual-refunds', headers: alice.auth, payload: { orderId: x.order.id, reason: '患者放弃就诊' } });
    expect(asked.statusCode).toBe(201);
    await t.app.inject({ method: 'POST', url: `/api/v1/admin/finance/manual-refunds/${asked.json().id}/approve`, headers: bob.auth });
    await t.app.payments.jobs.sendRefunds({ orderIds: [x.order.id] });
    await wechatSim.idle();
    expect((await orderRow(t, x.order.id)).status).toBe('refunded');
    expect((await report(today)).json().differences).toEqual([]);
    wechatSim.alterBill((rows) => rows.map((r) => (r.outRefundNo ? { ...r, refundStatus: 'PROCESSING' } : r)));
    const diffs = (await report(today)).json().differences;
    expect(diffs).toEqual([expect.objectContaining({ kind: 'status_mismatch', line: 'refund', orderNo: x.order.orderNo, oursStatus: 'succeeded', theirsStatus: 'PROCESSING' })]);
    wechatSim.alterBill(undefined);
  }, 60_000);

  it('needs a second admin to approve a manual refund; the requester cannot, nor can a patient; all audited', async () => {
    const x = await paid();
    const asked = await t.app.inject({ method: 'POST', url: '/api/v1/admin/finance/manual-refunds', headers: alice.auth, payload: { orderId: x.order.id, reason: '重复缴费' } });
    expect(asked.statusCode).toBe(201);
    expect(asked.json()).toMatchObject({ status: 'requested', amountFen: x.order.totalFen, requestedBy: alice.id });
    const twice = await t.app.inject({ method: 'POST', url: '/api/v1/admin/finance/manual-refunds', headers: bob.auth, payload: { orderId: x.order.id, reason: '重复缴费' } });
    expect(twice.json().code).toBe('REFUND_REQUEST_OPEN');
    const self = await t.app.inject({ method: 'POST', url: `/api/v1/admin/finance/manual-refunds/${asked.json().id}/approve`, headers: alice.auth });
    expect(self.statusCode).toBe(403);
    expect(self.json().code).toBe('SECOND_APPROVER_REQUIRED');
    expect((await orderRow(t, x.order.id)).status).toBe('paid');
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/admin/finance/manual-refunds/${asked.json().id}/approve`, headers: x.p.auth })).statusCode).toBe(403);
    const ok = await t.app.inject({ method: 'POST', url: `/api/v1/admin/finance/manual-refunds/${asked.json().id}/approve`, headers: bob.auth });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'approved', decidedBy: bob.id, refundId: expect.any(String) });
    expect((await orderRow(t, x.order.id)).status).toBe('refunding');
    expect(await count(t, sql`select count(*) as n from refunds where order_id = ${x.order.id} and reason like '人工退款%'`)).toBe(1);
    const late = await t.app.inject({ method: 'POST', url: `/api/v1/admin/finance/manual-refunds/${asked.json().id}/reject`, headers: bob.auth });
    expect(late.statusCode).toBe(409);
    expect(await count(t, sql`select count(*) as n from audit_log where object_type = 'manual_refund' and object_id = ${asked.json().id}`)).toBe(3);
    const listed = await t.app.inject({ method: 'GET', url: `/api/v1/admin/finance/orders?orderNo=${x.order.orderNo}`, headers: bob.auth });
    expect(listed.json()).toMatchObject({ total: 1, items: [{ id: x.order.id, status: 'refunding', channel: 'wechat', patientName: '测***' }] });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/admin/finance/orders?status=bogus', headers: bob.auth })).statusCode).toBe(400);
    const refundsListed = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/finance/refunds?status=requested', headers: bob.auth })).json();
    expect(refundsListed.items.map((r: { orderId: string }) => r.orderId)).toContain(x.order.id);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/admin/finance/orders', headers: x.p.auth })).statusCode).toBe(403);
    const unpaid = await heldBookingWithOrder(t);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/admin/finance/manual-refunds', headers: alice.auth, payload: { orderId: unpaid.order.id, reason: '测试' } })).json().code).toBe('ORDER_NOT_REFUNDABLE');
  });

  it('reconciles Alipay’s trade bill (GBK CSV in a zip) the same way: payments, a refund, then injected differences', async () => {
    const today = await onOneChinaDay(t);
    const alipayPaid = async () => {
      const held = await heldBookingWithOrder(t);
      const payUrl = (await payOrder(t, held.p.auth, held.order.id, { channel: 'alipay' })).json().payUrl as string;
      expect((await fetch(payUrl)).status).toBe(200); // opening the cashier creates the trade, as Alipay does
      await alipaySim.pay(held.order.orderNo);
      return held;
    };
    const [a, b] = [await alipayPaid(), await alipayPaid()];
    const asked = await t.app.inject({ method: 'POST', url: '/api/v1/admin/finance/manual-refunds', headers: alice.auth, payload: { orderId: b.order.id, reason: '患者放弃就诊' } });
    await t.app.inject({ method: 'POST', url: `/api/v1/admin/finance/manual-refunds/${asked.json().id}/approve`, headers: bob.auth });
    await t.app.payments.jobs.sendRefunds({ orderIds: [b.order.id] });
    await alipaySim.idle();
    expect((await orderRow(t, b.order.id)).status).toBe('refunded');

    const clean = await report(today, 'json', 'alipay');
    expect(clean.statusCode).toBe(200);
    expect(clean.json()).toMatchObject({ date: today, channel: 'alipay', ourPayments: 2, ourRefunds: 1, billLines: 3, differences: [] });
    // The WeChat Pay report of the same day does not see the Alipay trades.
    expect((await report(today)).json().differences).toEqual([]);

    alipaySim.alterBill((rows) => rows.filter((r) => r.kind !== '退款').map((r) => (r.outTradeNo === a.order.orderNo ? { ...r, amountFen: r.amountFen - 1 } : r)));
    const dirty = (await report(today, 'json', 'alipay')).json();
    expect(dirty.differences.map((d: { kind: string; line: string; orderNo: string }) => `${d.kind}:${d.line}:${d.orderNo}`).sort()).toEqual([`amount_mismatch:payment:${a.order.orderNo}`, `missing_theirs:refund:${b.order.orderNo}`].sort());
    expect(dirty.differences.find((d: { kind: string }) => d.kind === 'amount_mismatch')).toMatchObject({ oursFen: a.order.totalFen, theirsFen: a.order.totalFen - 1 });
    const csv = await report(today, 'csv', 'alipay');
    expect(csv.headers['content-disposition']).toContain(`reconciliation-alipay-${today}.csv`);
    expect(csv.body).toContain('"alipay","金额不符"');
    alipaySim.alterBill(undefined);
    expect((await report(today, 'json', 'bogus')).statusCode).toBe(400);
    expect(await count(t, sql`select count(*) as n from audit_log where object_type = 'reconciliation' and purpose = ${`alipay ${today}: 2 differences`}`)).toBe(2);
  }, 60_000);
});
