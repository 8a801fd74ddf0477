import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { assertTransactionAmount } from './client';
import { WechatPayAmountMismatchError, WechatPayApiError, WechatPayStaleTimestampError, WechatPayUnknownSerialError } from './errors';
import { rsaVerify, signatureMessage } from './signing';
import { APPID, startHarness, type Harness } from './test-harness';
import { TEST_MERCHANT_PRIVATE_KEY } from './test-fixtures';

const clock = { now: Date.parse('2026-11-26T02:00:00Z') };
let h: Harness;
let seq = 0;

beforeAll(async () => {
  h = await startHarness(clock);
});
afterAll(() => h.close());
beforeEach(() => {
  h.sim.setFaults({});
  h.received.ok.length = 0;
  h.received.refused.length = 0;
});

async function order(total = 1234) {
  const outTradeNo = `XLPAY${Date.now()}${seq++}`;
  const prepay = await h.client.jsapiPrepay({
    description: '挂号费', out_trade_no: outTradeNo, notify_url: h.notifyUrl,
    amount: { total, currency: 'CNY' }, payer: { openid: 'oPatient1' }, time_expire: '2026-11-26T11:00:00+08:00',
  });
  return { outTradeNo, ...prepay };
}

describe('JSAPI prepay and payment notification over loopback', () => {
  it('answers a prepay_id and signed wx.requestPayment parameters', async () => {
    const { prepayId, requestPayment } = await order();
    expect(prepayId).toMatch(/^wx\d{12}\d+$/);
    expect(requestPayment).toMatchObject({ appId: APPID, package: `prepay_id=${prepayId}`, signType: 'RSA', timeStamp: String(clock.now / 1000) });
    const message = signatureMessage([requestPayment.appId, requestPayment.timeStamp, requestPayment.nonceStr, requestPayment.package]);
    expect(rsaVerify(message, requestPayment.paySign, createPublicKey(TEST_MERCHANT_PRIVATE_KEY))).toBe(true);
  });

  it('returns the same prepay_id for an identical retry and refuses a conflicting reuse of out_trade_no', async () => {
    const first = await order(500);
    const again = await h.client.jsapiPrepay({
      description: '挂号费', out_trade_no: first.outTradeNo, notify_url: h.notifyUrl, amount: { total: 500, currency: 'CNY' },
      payer: { openid: 'oPatient1' }, time_expire: '2026-11-26T11:00:00+08:00',
    });
    expect(again.prepayId).toBe(first.prepayId);
    await expect(h.client.jsapiPrepay({
      description: '挂号费', out_trade_no: first.outTradeNo, notify_url: h.notifyUrl, amount: { total: 1, currency: 'CNY' },
      payer: { openid: 'oPatient1' },
    })).rejects.toMatchObject({ status: 400, apiCode: 'INVALID_REQUEST' });
  });

  it('delivers a notification that verifies and decrypts to the paid transaction; query agrees', async () => {
    const { outTradeNo } = await order(1234);
    expect((await h.client.queryByOutTradeNo(outTradeNo)).trade_state).toBe('NOTPAY');
    const [delivery] = await h.sim.pay(outTradeNo);
    expect(delivery?.status).toBe(204);
    const note = h.received.ok[0]!;
    expect(note.kind).toBe('transaction');
    if (note.kind !== 'transaction') return;
    expect(note.envelope.event_type).toBe('TRANSACTION.SUCCESS');
    expect(note.transaction).toMatchObject({ out_trade_no: outTradeNo, trade_state: 'SUCCESS', amount: { total: 1234, payer_total: 1234 } });
    expect(() => assertTransactionAmount(note.transaction, 1234)).not.toThrow();
    expect(() => assertTransactionAmount(note.transaction, 1000)).toThrow(WechatPayAmountMismatchError);
    const queried = await h.client.queryByOutTradeNo(outTradeNo);
    expect(queried).toMatchObject({ trade_state: 'SUCCESS', transaction_id: note.transaction.transaction_id, trade_type: 'JSAPI' });
  });

  it('reports PAYERROR after a failed payment and sends no notification', async () => {
    const { outTradeNo } = await order();
    await h.sim.fail(outTradeNo);
    expect((await h.client.queryByOutTradeNo(outTradeNo)).trade_state).toBe('PAYERROR');
    expect(h.received.ok).toHaveLength(0);
  });

  it('answers 404 ORDER_NOT_EXIST for an unknown order', async () => {
    await expect(h.client.queryByOutTradeNo('NOSUCHORDER1')).rejects.toMatchObject({ status: 404, apiCode: 'ORDER_NOT_EXIST' });
  });
});

describe('notification faults are delivered and detected', () => {
  it('duplicates: every copy arrives and verifies, carrying the same transaction', async () => {
    h.sim.setFaults({ duplicate: 2 });
    const { outTradeNo } = await order();
    const deliveries = await h.sim.pay(outTradeNo);
    expect(deliveries.map((d) => d.status)).toEqual([204, 204, 204]);
    const ids = h.received.ok.map((n) => (n.kind === 'transaction' ? n.transaction.transaction_id : ''));
    expect(new Set(ids).size).toBe(1);
    expect(ids).toHaveLength(3);
  });

  it('forged signature → BAD_SIGNATURE', async () => {
    h.sim.setFaults({ corruptSignature: true });
    const [d] = await h.sim.pay((await order()).outTradeNo);
    expect(d?.status).toBe(400);
    expect(h.received.refused).toEqual(['BAD_SIGNATURE']);
  });

  it('stale timestamp (honestly signed, 10 minutes old) → STALE_TIMESTAMP', async () => {
    h.sim.setFaults({ staleTimestamp: true });
    await h.sim.pay((await order()).outTradeNo);
    expect(h.received.refused).toEqual(['STALE_TIMESTAMP']);
  });

  it('amount tampered after signing → BAD_SIGNATURE, never a transaction', async () => {
    h.sim.setFaults({ tamperAmountFen: 100 });
    await h.sim.pay((await order()).outTradeNo);
    expect(h.received.refused).toEqual(['BAD_SIGNATURE']);
    expect(h.received.ok).toHaveLength(0);
  });

  it('reorder: held notifications arrive newest first on flush', async () => {
    h.sim.setFaults({ reorder: true });
    const a = await order();
    const b = await order();
    expect(await h.sim.pay(a.outTradeNo)).toEqual([]);
    await h.sim.pay(b.outTradeNo);
    expect(h.received.ok).toHaveLength(0);
    await h.sim.flushNotifications();
    expect(h.received.ok.map((n) => (n.kind === 'transaction' ? n.transaction.out_trade_no : ''))).toEqual([b.outTradeNo, a.outTradeNo]);
  });

  it('delay: the notification arrives no sooner than the delay', async () => {
    h.sim.setFaults({ delayMs: 150 });
    const { outTradeNo } = await order();
    const started = performance.now();
    await h.sim.pay(outTradeNo);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(h.received.ok).toHaveLength(1);
  });
});

describe('response verification and request authentication', () => {
  it('the gateway refuses a request whose timestamp is more than 5 minutes off its clock', async () => {
    const skewed = h.clientFor({ now: () => clock.now + 6 * 60_000 });
    const err = await skewed.queryByOutTradeNo('X').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WechatPayApiError);
    expect(err).toMatchObject({ status: 401, apiCode: 'SIGN_ERROR', message: expect.stringContaining('时间戳') });
  });

  it('throws WechatPayUnknownSerialError when the client does not know the platform serial', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey;
    const stranger = h.clientFor({ platformKeys: { PUB_KEY_ID_OLD: other } });
    await expect(stranger.queryByOutTradeNo((await order()).outTradeNo)).rejects.toBeInstanceOf(WechatPayUnknownSerialError);
  });

  it('throws WechatPayStaleTimestampError when a signed response is older than the tolerance', async () => {
    const strict = h.clientFor({ toleranceSeconds: 0, now: () => clock.now + 1_000 });
    // 1 s later than the gateway's clock: request accepted (within 5 min), response older than 0 s tolerance.
    await expect(strict.queryByOutTradeNo((await order()).outTradeNo)).rejects.toBeInstanceOf(WechatPayStaleTimestampError);
  });

  it('the gateway answers 401 SIGN_ERROR to a request signed with another merchant key', async () => {
    const impostor = h.clientFor({ merchantPrivateKey: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey });
    await expect(impostor.queryByOutTradeNo('X')).rejects.toMatchObject({ status: 401, apiCode: 'SIGN_ERROR' });
  });
});
