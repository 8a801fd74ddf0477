import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAlipayClient } from './client';
import { AlipayAmountMismatchError, AlipayApiError, AlipaySignatureError } from './errors';
import { assertNotificationAmount } from './notification';
import { APP_ID, startAlipayHarness, type AlipayHarness } from './test-harness';

let h: AlipayHarness;
let seq = 0;
const newNo = () => `XLALI${Date.now()}${seq++}`;

beforeAll(async () => {
  h = await startAlipayHarness(() => Date.parse('2026-11-26T02:00:00Z'));
});
afterAll(() => h.close());
beforeEach(() => {
  h.sim.setFaults({});
  h.ok.length = 0;
  h.refused.length = 0;
});

/** Opens the wap.pay URL as the phone browser would, which creates the trade at the gateway. */
async function wapOrder(totalFen: number) {
  const outTradeNo = newNo();
  const url = h.client.wapPayUrl({ outTradeNo, totalFen, subject: '挂号费', quitUrl: 'https://h5.example/quit' });
  const page = await fetch(url);
  return { outTradeNo, url, page: { status: page.status, text: await page.text() } };
}

describe('wap.pay through the official SDK', () => {
  it('signs a URL on the configured gateway that the gateway accepts and turns into a cashier page', async () => {
    const { url, page, outTradeNo } = await wapOrder(1234);
    expect(url.startsWith(h.sim.gatewayUrl)).toBe(true);
    expect(new URL(url).searchParams.get('method')).toBe('alipay.trade.wap.pay');
    expect(page.status).toBe(200);
    expect(page.text).toContain('¥12.34');
    expect(await h.client.query(outTradeNo)).toMatchObject({ outTradeNo, tradeStatus: 'WAIT_BUYER_PAY', totalFen: 1234 });
  });

  it('refuses a URL whose signature was made with another app key', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const impostor = createAlipayClient({ appId: APP_ID, privateKey: other, alipayPublicKey: h.sim.alipayPublicKey, gateway: h.sim.gatewayUrl });
    const res = await fetch(impostor.wapPayUrl({ outTradeNo: newNo(), totalFen: 1, subject: 'x' }));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('isv.invalid-signature');
    await expect(impostor.query('whatever')).rejects.toMatchObject({ apiCode: '40002', subCode: 'isv.invalid-signature' });
  });

  it('pays, delivers a notification that checkNotifySignV2 accepts, and query agrees', async () => {
    const { outTradeNo } = await wapOrder(1234);
    const [delivery] = await h.sim.pay(outTradeNo);
    expect(delivery?.acknowledged).toBe(true);
    expect(h.ok).toHaveLength(1);
    expect(h.ok[0]).toMatchObject({ outTradeNo, tradeStatus: 'TRADE_SUCCESS', totalFen: 1234, receiptFen: 1234 });
    expect(() => assertNotificationAmount(h.ok[0]!, 1234)).not.toThrow();
    expect(() => assertNotificationAmount(h.ok[0]!, 1200)).toThrow(AlipayAmountMismatchError);
    expect(await h.client.query(outTradeNo)).toMatchObject({ tradeStatus: 'TRADE_SUCCESS', buyerPayFen: 1234, tradeNo: h.ok[0]!.tradeNo });
  });

  it('page.pay URLs work the same way', async () => {
    const outTradeNo = newNo();
    const res = await fetch(h.client.pagePayUrl({ outTradeNo, totalFen: 100, subject: '体检费' }));
    expect(res.status).toBe(200);
    expect(h.sim.trade(outTradeNo)?.productCode).toBe('FAST_INSTANT_TRADE_PAY');
  });
});

describe('notification faults are delivered and detected', () => {
  it('duplicates all arrive and verify, with one trade_no and one notify_id', async () => {
    h.sim.setFaults({ duplicate: 2 });
    const { outTradeNo } = await wapOrder(500);
    const deliveries = await h.sim.pay(outTradeNo);
    expect(deliveries.map((d) => d.acknowledged)).toEqual([true, true, true]);
    expect(new Set(h.ok.map((n) => n.tradeNo)).size).toBe(1);
    expect(new Set(h.ok.map((n) => n.notifyId)).size).toBe(1);
    expect(h.ok).toHaveLength(3);
  });

  it('a corrupt signature is refused (BAD_SIGNATURE) and the merchant asks for a retry', async () => {
    h.sim.setFaults({ corruptSignature: true });
    const [d] = await h.sim.pay((await wapOrder(500)).outTradeNo);
    expect(d?.acknowledged).toBe(false);
    expect(h.refused).toEqual(['BAD_SIGNATURE']);
  });

  it('an amount tampered after signing is refused (BAD_SIGNATURE)', async () => {
    h.sim.setFaults({ tamperAmountFen: 1 });
    const [d] = await h.sim.pay((await wapOrder(500)).outTradeNo);
    expect(d?.fields.total_amount).toBe('5.01');
    expect(h.refused).toEqual(['BAD_SIGNATURE']);
    expect(h.ok).toHaveLength(0);
  });

  it('delay and reorder: held notifications arrive newest first, no sooner than the delay', async () => {
    h.sim.setFaults({ reorder: true, delayMs: 60 });
    const a = await wapOrder(100);
    const b = await wapOrder(200);
    await h.sim.pay(a.outTradeNo);
    await h.sim.pay(b.outTradeNo);
    expect(h.ok).toHaveLength(0);
    const started = performance.now();
    await h.sim.flushNotifications();
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    expect(h.ok.map((n) => n.outTradeNo)).toEqual([b.outTradeNo, a.outTradeNo]);
  });
});

describe('trade.create, refund, close, query', () => {
  it('creates a mini-program trade and answers with a verified signature', async () => {
    const outTradeNo = newNo();
    const { tradeNo } = await h.client.createTrade({ outTradeNo, totalFen: 888, subject: '门诊缴费', buyerId: '2088000000000001' });
    expect(tradeNo).toMatch(/^\d{20,}$/);
    await expect(h.client.createTrade({ outTradeNo: newNo(), totalFen: 1, subject: 'x' }))
      .rejects.toMatchObject({ subCode: 'ACQ.INVALID_PARAMETER' });
  });

  it('refunds partially and fully with notifications; a repeat moves no money; over-refund is refused', async () => {
    const { outTradeNo } = await wapOrder(1000);
    await h.sim.pay(outTradeNo);
    h.ok.length = 0;
    expect(await h.client.refund({ outTradeNo, refundFen: 300, outRequestNo: 'R1', reason: '退号' })).toEqual({ fundChange: true, refundedTotalFen: 300 });
    expect(await h.client.refund({ outTradeNo, refundFen: 300, outRequestNo: 'R1' })).toEqual({ fundChange: false, refundedTotalFen: 300 });
    await expect(h.client.refund({ outTradeNo, refundFen: 701, outRequestNo: 'R2' })).rejects.toMatchObject({ subCode: 'ACQ.REASON_TRADE_REFUND_FEE_ERR' });
    expect(await h.client.refund({ outTradeNo, refundFen: 700, outRequestNo: 'R3' })).toEqual({ fundChange: true, refundedTotalFen: 1000 });
    await h.sim.idle();
    expect(h.ok.map((n) => [n.outBizNo, n.refundFen, n.tradeStatus])).toEqual([['R1', 300, 'TRADE_SUCCESS'], ['R3', 1000, 'TRADE_CLOSED']]);
    expect((await h.client.query(outTradeNo)).tradeStatus).toBe('TRADE_CLOSED');
  });

  it('closes an unpaid trade, refuses to close a paid one, and reports unknown trades', async () => {
    const { outTradeNo } = await wapOrder(100);
    await h.client.close(outTradeNo);
    expect((await h.client.query(outTradeNo)).tradeStatus).toBe('TRADE_CLOSED');
    const paid = await wapOrder(100);
    await h.sim.pay(paid.outTradeNo);
    await expect(h.client.close(paid.outTradeNo)).rejects.toMatchObject({ subCode: 'ACQ.TRADE_STATUS_ERROR' });
    const err = await h.client.query('NOPE').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AlipayApiError);
    expect(err).toMatchObject({ apiCode: '40004', subCode: 'ACQ.TRADE_NOT_EXIST' });
  });

  it('an expired trade closes and notifies TRADE_CLOSED', async () => {
    const { outTradeNo } = await wapOrder(100);
    await h.sim.expire(outTradeNo);
    expect(h.ok.map((n) => n.tradeStatus)).toEqual(['TRADE_CLOSED']);
  });

  it('refuses answers signed by another "Alipay" key', async () => {
    const wrongKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const fooled = createAlipayClient({ appId: APP_ID, privateKey: h.appPrivateKeyPem, alipayPublicKey: wrongKey, gateway: h.sim.gatewayUrl });
    const { outTradeNo } = await wapOrder(100);
    await expect(fooled.query(outTradeNo)).rejects.toBeInstanceOf(AlipaySignatureError);
  });
});

describe('the cashier hook', () => {
  it('pays through POST /sim/cashier/pay as the dev server would', async () => {
    const { outTradeNo } = await wapOrder(100);
    const res = await fetch(`${h.sim.url}/sim/cashier/pay`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `out_trade_no=${outTradeNo}`,
    });
    expect(await res.json()).toEqual({ out_trade_no: outTradeNo, trade_status: 'TRADE_SUCCESS' });
    expect(h.ok).toHaveLength(1);
    const again = await fetch(`${h.sim.url}/sim/cashier/pay`, { method: 'POST', body: `out_trade_no=${outTradeNo}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(again.status).toBe(400);
  });
});
