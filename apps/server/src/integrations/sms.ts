import { randomBytes } from 'node:crypto';
import {
  createTencentSmsProvider,
  createTencentSmsSimulator,
  DEFAULT_SMS_TEMPLATES,
  startSimulatorServer,
  type SmsProvider,
  type TencentSmsSimulator,
} from '@xinglin/sms';
import type { Config } from '../config';

export interface SmsIntegration {
  provider: SmsProvider;
  /** Present only while simulators are on; /sim/sms reads what it "delivered". */
  simulator: TencentSmsSimulator | null;
  close(): Promise<void>;
}

/**
 * With simulators on, the real Tencent adapter talks HTTP to a Tencent-compatible simulator on a loopback
 * port with throwaway keys, so dev and tests exercise the same signing and parsing code as production.
 */
export async function createSms(config: Config): Promise<SmsIntegration> {
  const { tencent } = config.sms;
  if (config.sms.provider === 'tencent') {
    const provider = createTencentSmsProvider({
      secretId: tencent.secretId!,
      secretKey: tencent.secretKey!,
      sdkAppId: tencent.sdkAppId!,
      signName: tencent.signName,
    });
    return { provider, simulator: null, close: async () => undefined };
  }
  const keys = { secretId: `AKID${randomBytes(12).toString('hex')}`, secretKey: randomBytes(24).toString('hex'), sdkAppId: '1400000000' };
  // 1000002 is the notification template (modules/notifications: title, summary).
  const templates = { ...DEFAULT_SMS_TEMPLATES, '1000002': '{1}：{2}' };
  const simulator = createTencentSmsSimulator({ ...keys, signNames: [tencent.signName], templates });
  const server = await startSimulatorServer(simulator);
  const provider = createTencentSmsProvider({
    ...keys,
    signName: tencent.signName,
    endpoint: new URL(server.url).host,
    protocol: 'http:',
  });
  return { provider, simulator, close: () => server.close() };
}
