import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './test-harness';

const clock = { now: Date.parse('2026-11-26T02:00:00Z') }; // 10:00 Beijing, bill date 2026-11-26
let h: Harness;
let seq = 0;

beforeAll(async () => {
  h = await startHarness(clock);
});
afterAll(() => h.close());
beforeEach(() => {
  h.sim.setFaults({});
  h.sim.alterBill(undefined);
  h.received.ok.length = 0;
});

async function paidOrder(total: number) {
  const outTradeNo = `XLREF${Date.now()}${seq++}`;
  await h.client.jsapiPrepay({
    description: '门诊缴费', out_trade_no: outTradeNo, notify_url: h.notifyUrl, amount: { total, currency: 'CNY' },
    payer: { openid: 'oPatient2' },
  });
  await h.sim.pay(outTradeNo);
  return outTradeNo;
}

describe('close order', () => {
  it('closes an unpaid order (204) so it can no longer be paid, and refuses to close a paid one', async () => {
    const outTradeNo = `XLCLOSE${seq++}`;
    await h.client.jsapiPrepay({
      description: '挂号费', out_trade_no: outTradeNo, notify_url: h.notifyUrl, amount: { total: 100, currency: 'CNY' },
      payer: { openid: 'o1' },
    });
    await h.client.closeOrder(outTradeNo);
    expect((await h.client.queryByOutTradeNo(outTradeNo)).trade_state).toBe('CLOSED');
    await expect(h.sim.pay(outTradeNo)).rejects.toThrow(/CLOSED/);
    const paid = await paidOrder(100);
    await expect(h.client.closeOrder(paid)).rejects.toMatchObject({ status: 400, apiCode: 'ORDERPAID' });
  });
});

describe('refunds', () => {
  it('creates a PROCESSING refund, completes it with a REFUND.SUCCESS notification, and query agrees', async () => {
    const outTradeNo = await paidOrder(3000);
    const refund = await h.client.refund({
      out_trade_no: outTradeNo, out_refund_no: `RF${outTradeNo}`, reason: '取消预约', notify_url: h.notifyUrl,
      amount: { refund: 1000, total: 3000, currency: 'CNY' },
    });
    expect(refund).toMatchObject({ status: 'PROCESSING', out_trade_no: outTradeNo, amount: { refund: 1000, total: 3000 } });
    await h.sim.idle();
    const note = h.received.ok.find((n) => n.kind === 'refund');
    expect(note?.envelope.event_type).toBe('REFUND.SUCCESS');
    if (note?.kind !== 'refund') throw new Error('no refund notification');
    expect(note.refund).toMatchObject({ out_refund_no: `RF${outTradeNo}`, refund_status: 'SUCCESS', amount: { refund: 1000 } });
    expect(await h.client.queryRefund(`RF${outTradeNo}`)).toMatchObject({ status: 'SUCCESS', refund_id: refund.refund_id });
    expect((await h.client.queryByOutTradeNo(outTradeNo)).trade_state).toBe('REFUND');
  });

  it('treats a repeated out_refund_no as the same refund and refuses refunding more than was paid', async () => {
    const outTradeNo = await paidOrder(500);
    const req = { out_trade_no: outTradeNo, out_refund_no: `RF${outTradeNo}`, amount: { refund: 400, total: 500, currency: 'CNY' as const } };
    const first = await h.client.refund(req);
    expect((await h.client.refund(req)).refund_id).toBe(first.refund_id);
    await expect(h.client.refund({ ...req, out_refund_no: `RF2${outTradeNo}`, amount: { ...req.amount, refund: 101 } }))
      .rejects.toMatchObject({ status: 403, apiCode: 'NOT_ENOUGH' });
    await h.sim.idle();
  });

  it('refuses to refund an unpaid order and an unknown refund number', async () => {
    await expect(h.client.refund({ out_trade_no: 'NOSUCHORDER', out_refund_no: 'RFX1', amount: { refund: 1, total: 1, currency: 'CNY' } }))
      .rejects.toMatchObject({ status: 404 });
    await expect(h.client.queryRefund('RFNOPE')).rejects.toMatchObject({ status: 404, apiCode: 'RESOURCE_NOT_EXISTS' });
  });
});

describe('trade bill', () => {
  it('lists what happened that day, in fen, matching the SHA1 the gateway announced', async () => {
    const a = await paidOrder(1200);
    const b = await paidOrder(800);
    await h.client.refund({ out_trade_no: b, out_refund_no: `RF${b}`, amount: { refund: 800, total: 800, currency: 'CNY' } });
    await h.sim.idle();
    const bill = await h.client.tradeBill('2026-11-26');
    const mine = bill.rows.filter((r) => r.outTradeNo === a || r.outTradeNo === b);
    expect(mine.map((r) => [r.outTradeNo, r.tradeState, r.settlementTotalFen, r.refundFen])).toEqual([
      [a, 'SUCCESS', 1200, 0], [b, 'SUCCESS', 800, 0], [b, 'REFUND', 0, 800],
    ]);
    expect(bill.summary.count).toBe(bill.rows.length);
    expect(bill.summary.settlementTotalFen).toBe(bill.rows.reduce((s, r) => s + r.settlementTotalFen, 0));
    const refundsOnly = await h.client.tradeBill('2026-11-26', 'REFUND');
    expect(refundsOnly.rows.every((r) => r.tradeState === 'REFUND')).toBe(true);
  });

  it('serves an injected difference so reconciliation can be tested', async () => {
    const outTradeNo = await paidOrder(999);
    h.sim.alterBill((rows) => rows.map((r) => (r.outTradeNo === outTradeNo ? { ...r, settlementTotalFen: 990 } : r)));
    const row = (await h.client.tradeBill('2026-11-26')).rows.find((r) => r.outTradeNo === outTradeNo);
    expect(row?.settlementTotalFen).toBe(990);
    expect((await h.client.queryByOutTradeNo(outTradeNo)).amount.total).toBe(999);
  });

  it('gives an empty bill for a day without transactions', async () => {
    expect(await h.client.tradeBill('2026-01-01')).toEqual({
      rows: [], summary: { count: 0, settlementTotalFen: 0, refundTotalFen: 0, orderTotalFen: 0, requestedRefundTotalFen: 0 },
    });
  });
});

describe('H5 flow and the cashier hook', () => {
  it('answers an h5_url whose page pays the order through the cashier hook', async () => {
    const outTradeNo = `XLH5${Date.now()}${seq++}`;
    const { h5Url } = await h.client.h5Prepay({
      description: '检查费', out_trade_no: outTradeNo, notify_url: h.notifyUrl, amount: { total: 2500, currency: 'CNY' },
      scene_info: { payer_client_ip: '127.0.0.1', h5_info: { type: 'Wap' } },
    });
    const page = await fetch(h5Url);
    expect(await page.text()).toContain('¥25.00');
    const paid = await fetch(`${h.sim.url}/sim/cashier/pay`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `out_trade_no=${outTradeNo}`,
    });
    expect(await paid.json()).toEqual({ out_trade_no: outTradeNo, trade_state: 'SUCCESS' });
    expect((await h.client.queryByOutTradeNo(outTradeNo)).trade_type).toBe('MWEB');
    expect(h.received.ok).toHaveLength(1);
  });

  it('pays a JSAPI order by prepay_id through the cashier hook (JSON), and refuses to pay it twice', async () => {
    const outTradeNo = `XLJS${Date.now()}${seq++}`;
    const { prepayId } = await h.client.jsapiPrepay({
      description: '挂号费', out_trade_no: outTradeNo, notify_url: h.notifyUrl, amount: { total: 50, currency: 'CNY' }, payer: { openid: 'o3' },
    });
    const hook = () => fetch(`${h.sim.url}/sim/cashier/pay`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prepay_id: prepayId }),
    });
    expect((await hook()).status).toBe(200);
    expect(h.received.ok).toHaveLength(1);
    const again = await hook();
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ code: 'ORDER_NOT_PAYABLE' });
  });

  it('refuses an H5 prepay without scene_info.payer_client_ip', async () => {
    await expect(h.client.h5Prepay({
      description: '检查费', out_trade_no: `XLH5${Date.now()}${seq++}`, notify_url: h.notifyUrl, amount: { total: 1, currency: 'CNY' },
    } as never)).rejects.toMatchObject({ status: 400, apiCode: 'PARAM_ERROR' });
  });
});
