import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulatedAlipay, type SimulatedAlipay } from './dev';

let ali: SimulatedAlipay;

beforeAll(async () => {
  ali = await startSimulatedAlipay();
});
afterAll(() => ali.close());

describe('startSimulatedAlipay', () => {
  it('gives a client (PKCS#8 app key) whose signed calls the simulator accepts and whose answers verify', async () => {
    const { tradeNo } = await ali.client.createTrade({ outTradeNo: 'DEVALI001', totalFen: 2000, subject: '检查费', buyerOpenId: 'open-1' });
    await ali.simulator.pay('DEVALI001');
    expect(await ali.client.query('DEVALI001')).toMatchObject({ tradeNo, tradeStatus: 'TRADE_SUCCESS', totalFen: 2000 });
  });
});
