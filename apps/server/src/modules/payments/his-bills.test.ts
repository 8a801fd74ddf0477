import type { HisBill } from '@xinglin/his';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { verifiedPatient } from '../../../test/helper';
import { buildPaymentsTestApp, count, heldBookingWithOrder, newKey, orderRow, payOrder } from './test-support';

describe('payments: outpatient bills from the HIS, fee details, insurance pre-settlement', async () => {
  const { t, wechatSim } = await buildPaymentsTestApp();
  const finishVisit = async (patientId: string, insurance?: { accountBalanceFen: number; deductibleLeftFen: number }) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/sim/his/visits', payload: { patientId, ...(insurance ? { insurance } : {}) } });
    expect(res.statusCode).toBe(201);
    return (res.json() as { bills: HisBill[] }).bills;
  };
  const order = (auth: Record<string, string>, patientId: string, billNos: string[], key = newKey()) =>
    t.app.inject({ method: 'POST', url: '/api/v1/outpatient-bills/order', headers: { ...auth, 'idempotency-key': key }, payload: { patientId, billNos } });

  it('lists unpaid bills per family member and pays several in one order priced by the HIS; the HIS is told once paid', async () => {
    const p = await verifiedPatient(t);
    const bills = await finishVisit(p.self.id);
    expect(bills.length).toBeGreaterThanOrEqual(2);
    const listed = await t.app.inject({ method: 'GET', url: '/api/v1/outpatient-bills', headers: p.auth });
    expect(listed.statusCode).toBe(200);
    const mine = listed.json().patients[0];
    expect(mine).toMatchObject({ patientId: p.self.id, unpaidFen: bills.reduce((s, b) => s + b.totalFen, 0) });
    expect(mine.bills.map((b: { state: string }) => b.state)).toEqual(bills.map(() => 'unpaid'));

    const chosen = bills.slice(0, 2);
    const res = await order(p.auth, p.self.id, chosen.map((b) => b.billNo));
    expect(res.statusCode).toBe(201);
    const o = res.json();
    expect(o).toMatchObject({ source: 'outpatient', status: 'pending', totalFen: chosen[0]!.totalFen + chosen[1]!.totalFen });
    expect(o.items).toHaveLength(chosen.flatMap((b) => b.items).length);
    expect(o.items[0]).toMatchObject({ name: chosen[0]!.items[0]!.name, quantity: chosen[0]!.items[0]!.quantity, unitFen: chosen[0]!.items[0]!.unitFen });
    // The same choice again is the same order.
    expect((await order(p.auth, p.self.id, [...chosen].reverse().map((b) => b.billNo))).json().id).toBe(o.id);

    await payOrder(t, p.auth, o.id, { channel: 'wechat' });
    await wechatSim.pay(o.orderNo);
    expect((await orderRow(t, o.id)).status).toBe('paid');
    // A paid bill cannot go into another order, even before the HIS heard of it.
    const again = await order(p.auth, p.self.id, [chosen[0]!.billNo]);
    expect(again.statusCode).toBe(409);
    // Listing bills first tells the HIS about paid orders (the outpatient-his-settle job does the same every 30 s).
    const after = (await t.app.inject({ method: 'GET', url: '/api/v1/outpatient-bills', headers: p.auth })).json().patients[0];
    expect(after.bills.map((b: { billNo: string }) => b.billNo)).toEqual(bills.slice(2).map((b) => b.billNo));
    expect(await count(t, sql`select count(*) as n from outpatient_order_bills where order_id = ${o.id} and settled_at is not null`)).toBe(2);
  });

  it('refuses bills of someone I do not manage, unknown bills, and a request without a key', async () => {
    const p = await verifiedPatient(t);
    const stranger = await verifiedPatient(t);
    const [bill] = await finishVisit(stranger.self.id);
    expect((await order(p.auth, stranger.self.id, [bill!.billNo])).statusCode).toBe(404);
    const mine = await finishVisit(p.self.id);
    const wrong = await order(p.auth, p.self.id, [bill!.billNo]);
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().code).toBe('BILL_NOT_PAYABLE');
    const noKey = await t.app.inject({ method: 'POST', url: '/api/v1/outpatient-bills/order', headers: p.auth, payload: { patientId: p.self.id, billNos: [mine[0]!.billNo] } });
    expect(noKey.statusCode).toBe(400);
    const empty = await order(p.auth, p.self.id, []);
    expect(empty.statusCode).toBe(400);
  });

  it('shows fee details per visit and category, for the patient’s manager only (audited)', async () => {
    const p = await verifiedPatient(t);
    const bills = await finishVisit(p.self.id);
    const o = (await order(p.auth, p.self.id, bills.map((b) => b.billNo))).json();
    await payOrder(t, p.auth, o.id, { channel: 'wechat' });
    await wechatSim.pay(o.orderNo);
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/patients/${p.self.id}/fees`, headers: p.auth });
    expect(res.statusCode).toBe(200);
    const fees = res.json();
    const total = bills.reduce((s, b) => s + b.totalFen, 0);
    expect(fees.visits).toHaveLength(1);
    expect(fees.visits[0]).toMatchObject({ visit: bills[0]!.visitNo, source: 'outpatient', paidFen: total, unpaidFen: 0, refundedFen: 0 });
    expect(fees.visits[0].byCategory.reduce((s: number, c: { amountFen: number }) => s + c.amountFen, 0)).toBe(total);
    expect(fees.visits[0].byCategory.map((c: { label: string }) => c.label)).toEqual(expect.arrayContaining(['检验费', '检查费', '药费']));
    expect(fees.totalPaidFen).toBe(total);
    const filtered = (await t.app.inject({ method: 'GET', url: `/api/v1/patients/${p.self.id}/fees?visit=nope`, headers: p.auth })).json();
    expect(filtered.visits).toEqual([]);
    const other = await verifiedPatient(t);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/patients/${p.self.id}/fees`, headers: other.auth })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/patients/xyz/fees', headers: other.auth })).statusCode).toBe(404);
    expect(await count(t, sql`select count(*) as n from audit_log where object_type = 'fees' and patient_id = ${p.self.id}`)).toBe(2);
  });

  it('pre-settles insurance before paying: 统筹 / 个人账户 / 自付 add up to the total; a booking’s fee too', async () => {
    const p = await verifiedPatient(t);
    const bills = await finishVisit(p.self.id, { accountBalanceFen: 500, deductibleLeftFen: 0 });
    const o = (await order(p.auth, p.self.id, bills.map((b) => b.billNo))).json();
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/orders/${o.id}/insurance-presettle`, headers: p.auth });
    expect(res.statusCode).toBe(200);
    const split = res.json();
    expect(split).toMatchObject({ orderId: o.id, insured: true, totalFen: o.totalFen, accountFen: 500 });
    expect(split.fundFen).toBeGreaterThan(0);
    expect(split.fundFen + split.accountFen + split.selfFen).toBe(o.totalFen);
    const held = await heldBookingWithOrder(t);
    const booking = (await t.app.inject({ method: 'POST', url: `/api/v1/orders/${held.order.id}/insurance-presettle`, headers: held.p.auth })).json();
    expect(booking).toMatchObject({ insured: false, totalFen: held.order.totalFen, fundFen: 0, accountFen: 0, selfFen: held.order.totalFen });
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/orders/${o.id}/insurance-presettle`, headers: held.p.auth })).statusCode).toBe(404);
  });
});
