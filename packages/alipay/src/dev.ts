// One call for development and tests: a fresh application key pair, a running Alipay simulator
// that trusts it, and a client (official SDK) wired to the simulator's gateway.
import { generateKeyPairSync } from 'node:crypto';
import { createAlipayClient, type AlipayClient, type AlipayClientConfig } from './client';
import { createAlipaySimulator, type AlipaySimulator } from './simulator';

export interface SimulatedAlipay {
  client: AlipayClient;
  simulator: AlipaySimulator;
  config: AlipayClientConfig;
  close(): Promise<void>;
}

export async function startSimulatedAlipay(options: { appId?: string; notifyUrl?: string; now?: () => number } = {}): Promise<SimulatedAlipay> {
  const appId = options.appId ?? '2021000000000000';
  const app = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const simulator = await createAlipaySimulator({ appId, appPublicKey: app.publicKey, now: options.now });
  const config: AlipayClientConfig = {
    appId, privateKey: app.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    alipayPublicKey: simulator.alipayPublicKey, gateway: simulator.gatewayUrl,
    ...(options.notifyUrl ? { notifyUrl: options.notifyUrl } : {}),
  };
  return { client: createAlipayClient(config), simulator, config, close: () => simulator.close() };
}
