// One call for development and tests: fresh merchant keys and APIv3 key, a running simulator that
// trusts them, and a client wired to it — what the server's simulator mode needs.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createWechatPayClient, type WechatPayClient, type WechatPayClientConfig } from './client';
import { createWechatPaySimulator, type WechatPaySimulator } from './simulator';

export interface SimulatedWechatPay {
  client: WechatPayClient;
  simulator: WechatPaySimulator;
  /** The client's config, e.g. to build a second client with another clock. */
  config: WechatPayClientConfig;
  close(): Promise<void>;
}

export async function startSimulatedWechatPay(options: { mchid?: string; appid?: string; now?: () => number } = {}): Promise<SimulatedWechatPay> {
  const mchid = options.mchid ?? '1900000109';
  const appid = options.appid ?? 'wxsimulated000000';
  const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const merchantSerialNo = randomBytes(20).toString('hex').toUpperCase();
  const apiV3Key = randomBytes(16).toString('hex');
  const simulator = await createWechatPaySimulator({
    mchid, appid, merchantSerialNo, merchantPublicKey: merchant.publicKey, apiV3Key, now: options.now,
  });
  const config: WechatPayClientConfig = {
    mchid, appid, merchantSerialNo, merchantPrivateKey: merchant.privateKey, apiV3Key,
    platformKeys: simulator.platformKeys, baseUrl: simulator.url, now: options.now,
  };
  return { client: createWechatPayClient(config), simulator, config, close: () => simulator.close() };
}
