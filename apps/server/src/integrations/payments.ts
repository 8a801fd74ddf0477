import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createAlipayClient, createAlipaySimulator, type AlipayClient, type AlipaySimulator } from '@xinglin/alipay';
import { createWechatPayClient, createWechatPaySimulator, type WechatPayClient, type WechatPaySimulator } from '@xinglin/wechatpay';
import type { Config } from '../config';

export interface WechatPayChannel {
  client: WechatPayClient;
  appId: string;
  simulator: WechatPaySimulator | null;
}

export interface AlipayChannel {
  client: AlipayClient;
  simulator: AlipaySimulator | null;
}

/** The payment channels. A channel without credentials outside simulator mode is null: paying with it answers 503. */
export interface PaymentsIntegration {
  wechat: WechatPayChannel | null;
  alipay: AlipayChannel | null;
  close(): Promise<void>;
}

function realWechat(config: Config): WechatPayChannel | null {
  const w = config.payments.wechat;
  if (!(w.mchid && w.appId && w.serialNo && w.privateKey && w.apiV3Key && w.platformKeyId && w.platformPublicKey)) return null;
  const client = createWechatPayClient({
    mchid: w.mchid, appid: w.appId, merchantSerialNo: w.serialNo, merchantPrivateKey: w.privateKey, apiV3Key: w.apiV3Key,
    platformKeys: { [w.platformKeyId]: w.platformPublicKey },
  });
  return { client, appId: w.appId, simulator: null };
}

function realAlipay(config: Config): AlipayChannel | null {
  const a = config.payments.alipay;
  if (!(a.appId && a.privateKey && a.alipayPublicKey)) return null;
  return { client: createAlipayClient({ appId: a.appId, privateKey: a.privateKey, alipayPublicKey: a.alipayPublicKey, ...(a.gateway ? { gateway: a.gateway } : {}) }), simulator: null };
}

/**
 * With simulators on, both gateways run on loopback with keys generated here, speak the real protocols, and resend
 * unacknowledged notifications (PAYMENT_SIM_NOTIFY_RETRY_MS) as the real ones do.
 */
export async function createPayments(config: Config): Promise<PaymentsIntegration> {
  if (!config.simulators) return { wechat: realWechat(config), alipay: realAlipay(config), close: async () => undefined };
  const retryDelaysMs = config.payments.simNotifyRetryMs;

  const mchid = '1900000109';
  const appId = config.wechat.appId ?? 'wxsimulated000000';
  const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const merchantSerialNo = randomBytes(20).toString('hex').toUpperCase();
  const apiV3Key = randomBytes(16).toString('hex');
  const wechatSim = await createWechatPaySimulator({ mchid, appid: appId, merchantSerialNo, merchantPublicKey: merchant.publicKey, apiV3Key, notifyRetryDelaysMs: retryDelaysMs });
  const wechatClient = createWechatPayClient({
    mchid, appid: appId, merchantSerialNo, merchantPrivateKey: merchant.privateKey, apiV3Key, platformKeys: wechatSim.platformKeys, baseUrl: wechatSim.url,
  });

  const alipayAppId = '2021000000000000';
  const app = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const alipaySim = await createAlipaySimulator({ appId: alipayAppId, appPublicKey: app.publicKey, notifyRetryDelaysMs: retryDelaysMs });
  const alipayClient = createAlipayClient({
    appId: alipayAppId, privateKey: app.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), alipayPublicKey: alipaySim.alipayPublicKey, gateway: alipaySim.gatewayUrl,
  });

  return {
    wechat: { client: wechatClient, appId, simulator: wechatSim },
    alipay: { client: alipayClient, simulator: alipaySim },
    close: async () => {
      await Promise.all([wechatSim.close(), alipaySim.close()]);
    },
  };
}
