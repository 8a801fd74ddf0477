import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './test-harness';

const clock = { now: Date.parse('2026-11-26T02:00:00Z') };
let h: Harness;

beforeAll(async () => {
  h = await startHarness(clock, { notifyRetryDelaysMs: [5, 5, 5] });
});
afterAll(() => h.close());

async function order(outTradeNo: string) {
  await h.client.jsapiPrepay({
    description: '挂号费', out_trade_no: outTradeNo, notify_url: h.notifyUrl, amount: { total: 100, currency: 'CNY' }, payer: { openid: 'o' },
  });
}

describe('notification retries', () => {
  it('retries a notification the merchant could not take, with the same notification id, until it is taken', async () => {
    await order('RETRY00001');
    h.received.unavailable = 2;
    const deliveries = await h.sim.pay('RETRY00001');
    expect(deliveries.map((d) => d.status)).toEqual([503, 503, 204]);
    expect(new Set(deliveries.map((d) => d.id)).size).toBe(1);
    expect(h.received.ok).toHaveLength(1);
    expect(h.received.ok[0]?.envelope.id).toBe(deliveries[0]?.id);
  });

  it('gives up after the configured retries', async () => {
    await order('RETRY00002');
    h.received.unavailable = 10;
    const deliveries = await h.sim.pay('RETRY00002');
    expect(deliveries.map((d) => d.status)).toEqual([503, 503, 503, 503]);
    h.received.unavailable = 0;
  });
});
