import { generateKeyPairSync } from 'node:crypto';
import { startSimulatorServer, type SimulatorServer } from '@xinglin/sim-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAlipayClient, type AlipayClient } from './client';
import { createAlipaySimulator, type AlipaySimulator } from './simulator';

const APP_ID = '2021000000000042';
let sim: AlipaySimulator;
let client: AlipayClient;
let merchant: SimulatorServer;
let busy = 0;
const seenIds: string[] = [];

beforeAll(async () => {
  const app = generateKeyPairSync('rsa', { modulusLength: 2048 });
  sim = await createAlipaySimulator({ appId: APP_ID, appPublicKey: app.publicKey, notifyRetryDelaysMs: [5, 5] });
  // A merchant that answers something other than "success" while busy, then takes the notification.
  merchant = await startSimulatorServer({
    handle: async (req) => {
      const fields = Object.fromEntries(new URLSearchParams(req.body));
      seenIds.push(client.verifyNotification(fields).notifyId);
      const body = busy-- > 0 ? 'busy' : 'success';
      return { status: 200, headers: { 'content-type': 'text/plain' }, body };
    },
  });
  client = createAlipayClient({
    appId: APP_ID, privateKey: app.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    alipayPublicKey: sim.alipayPublicKey, gateway: sim.gatewayUrl, notifyUrl: `${merchant.url}/notify`,
  });
});
afterAll(async () => {
  await sim.close();
  await merchant.close();
});

describe('Alipay notification retries', () => {
  it('resends with the same notify_id until the merchant answers "success"', async () => {
    await client.createTrade({ outTradeNo: 'RETRYALI1', totalFen: 100, subject: '挂号费', buyerId: '2088000000000002' });
    busy = 2;
    const deliveries = await sim.pay('RETRYALI1');
    expect(deliveries.map((d) => d.acknowledged)).toEqual([false, false, true]);
    expect(new Set(seenIds).size).toBe(1);
    expect(seenIds).toHaveLength(3);
  });
});
