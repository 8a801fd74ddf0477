import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulatedWechatPay, type SimulatedWechatPay } from './dev';

const clock = { now: Date.parse('2026-11-26T02:00:00Z') };
let wp: SimulatedWechatPay;

beforeAll(async () => {
  wp = await startSimulatedWechatPay({ now: () => clock.now });
});
afterAll(() => wp.close());

describe('startSimulatedWechatPay', () => {
  it('gives a client that the simulator trusts and that trusts the simulator', async () => {
    const { prepayId } = await wp.client.jsapiPrepay({
      description: '挂号费', out_trade_no: 'DEV0000001', notify_url: 'http://127.0.0.1:9/unused',
      amount: { total: 100, currency: 'CNY' }, payer: { openid: 'o' }, time_expire: '2026-11-26T10:30:00+08:00',
    });
    expect(prepayId).toMatch(/^wx/);
    expect((await wp.client.queryByOutTradeNo('DEV0000001')).trade_state).toBe('NOTPAY');
  });

  it('refuses to pay once time_expire has passed on the simulator clock', async () => {
    clock.now += 31 * 60_000;
    await expect(wp.simulator.pay('DEV0000001')).rejects.toThrow(/过期/);
    expect((await wp.client.queryByOutTradeNo('DEV0000001')).trade_state).toBe('NOTPAY');
  });
});
