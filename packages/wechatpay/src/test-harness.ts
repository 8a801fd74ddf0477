// Shared setup for the end-to-end tests: a simulator, a client that talks to it over loopback,
// and a merchant notify endpoint (also real HTTP) that verifies each notification with the client.
import { createPublicKey } from 'node:crypto';
import { startSimulatorServer, type SimulatorResponse, type SimulatorServer } from '@xinglin/sim-http';
import { createWechatPayClient, type WechatPayClient, type WechatPayClientConfig } from './client';
import { WechatPayError } from './errors';
import type { Notification } from './notification';
import { createWechatPaySimulator, type WechatPaySimulator, type WechatPaySimulatorOptions } from './simulator';
import { TEST_MERCHANT_PRIVATE_KEY } from './test-fixtures';

export const MCHID = '1900000109';
export const APPID = 'wx2421b1c4370ec43b';
export const MERCHANT_SERIAL = '3775B6A45ACD588826D15E583A95F5DD12345678';
export const API_V3_KEY = 'ab12cd34ef56ab12cd34ef56ab12cd34';

export interface Received {
  ok: Notification[];
  refused: string[];
  /** Answer 503 to this many notifications first, as a merchant that is briefly down. */
  unavailable: number;
}

export interface Harness {
  sim: WechatPaySimulator;
  client: WechatPayClient;
  notifyUrl: string;
  received: Received;
  clientFor(overrides: Partial<WechatPayClientConfig>): WechatPayClient;
  close(): Promise<void>;
}

export async function startHarness(clock: { now: number }, simOptions: Partial<WechatPaySimulatorOptions> = {}): Promise<Harness> {
  const now = () => clock.now;
  const sim = await createWechatPaySimulator({
    mchid: MCHID, appid: APPID, merchantSerialNo: MERCHANT_SERIAL, apiV3Key: API_V3_KEY, now,
    merchantPublicKey: createPublicKey(TEST_MERCHANT_PRIVATE_KEY), ...simOptions,
  });
  const config: WechatPayClientConfig = {
    mchid: MCHID, appid: APPID, merchantSerialNo: MERCHANT_SERIAL, merchantPrivateKey: TEST_MERCHANT_PRIVATE_KEY,
    apiV3Key: API_V3_KEY, platformKeys: sim.platformKeys, baseUrl: sim.url, now,
  };
  const client = createWechatPayClient(config);
  const received: Received = { ok: [], refused: [], unavailable: 0 };
  const merchant: SimulatorServer = await startSimulatorServer({
    handle: async (req): Promise<SimulatorResponse> => {
      if (received.unavailable > 0) {
        received.unavailable--;
        return { status: 503, headers: {}, body: '' };
      }
      try {
        received.ok.push(client.parseNotification(req.headers, req.body));
        return { status: 204, headers: {}, body: '' };
      } catch (err) {
        const code = err instanceof WechatPayError ? err.code : 'UNEXPECTED';
        received.refused.push(code);
        return { status: 400, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: 'FAIL', message: code }) };
      }
    },
  });
  return {
    sim, client, received, notifyUrl: `${merchant.url}/pay/wechat/notify`,
    clientFor: (overrides) => createWechatPayClient({ ...config, ...overrides }),
    close: async () => {
      await sim.close();
      await merchant.close();
    },
  };
}
