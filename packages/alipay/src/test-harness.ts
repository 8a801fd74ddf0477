// Shared setup for the end-to-end tests: the simulator, a client built on the official SDK that
// talks to it over loopback, and a merchant notify endpoint (real HTTP) verifying with the client.
import { generateKeyPairSync } from 'node:crypto';
import { startSimulatorServer, type SimulatorResponse, type SimulatorServer } from '@xinglin/sim-http';
import { createAlipayClient, type AlipayClient } from './client';
import { AlipayError } from './errors';
import { NOTIFY_ACK, NOTIFY_RETRY, type AlipayNotification } from './notification';
import { createAlipaySimulator, type AlipaySimulator } from './simulator';

export const APP_ID = '2021000123456789';

export interface AlipayHarness {
  sim: AlipaySimulator;
  client: AlipayClient;
  notifyUrl: string;
  ok: AlipayNotification[];
  refused: string[];
  appPrivateKeyPem: string;
  close(): Promise<void>;
}

export async function startAlipayHarness(now: () => number): Promise<AlipayHarness> {
  const app = generateKeyPairSync('rsa', { modulusLength: 2048 });
  // PKCS#1, the format the Alipay key tool produces, to exercise the SDK's key handling.
  const appPrivateKeyPem = app.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const sim = await createAlipaySimulator({ appId: APP_ID, appPublicKey: app.publicKey, now });
  const ok: AlipayNotification[] = [];
  const refused: string[] = [];
  // The notify endpoint needs the client and the client needs the endpoint's URL: fill in after both exist.
  const ref: { client?: AlipayClient } = {};
  const merchant: SimulatorServer = await startSimulatorServer({
    handle: async (req): Promise<SimulatorResponse> => {
      const text = (body: string) => ({ status: 200, headers: { 'content-type': 'text/plain' }, body });
      try {
        ok.push(ref.client!.verifyNotification(Object.fromEntries(new URLSearchParams(req.body))));
        return text(NOTIFY_ACK);
      } catch (err) {
        refused.push(err instanceof AlipayError ? err.code : 'UNEXPECTED');
        return text(NOTIFY_RETRY);
      }
    },
  });
  const notifyUrl = `${merchant.url}/pay/alipay/notify`;
  const client = createAlipayClient({ appId: APP_ID, privateKey: appPrivateKeyPem, alipayPublicKey: sim.alipayPublicKey, gateway: sim.gatewayUrl, notifyUrl });
  ref.client = client;
  return {
    sim, client, notifyUrl, ok, refused, appPrivateKeyPem,
    close: async () => {
      await sim.close();
      await merchant.close();
    },
  };
}
