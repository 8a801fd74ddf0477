import type { Config } from '../config';
import { createImaging, type ImagingIntegration } from './imaging';
import { createIdentityProviders, type IdentityIntegration } from './identity';
import { createPayments, type PaymentsIntegration } from './payments';
import { createSms, type SmsIntegration } from './sms';
import { createWeChat, type WeChatIntegration } from './wechat';

/** Every outside system the server talks to; with simulators on, each is a same-protocol simulator on loopback. */
export interface Integrations {
  sms: SmsIntegration;
  identity: IdentityIntegration;
  wechat: WeChatIntegration;
  payments: PaymentsIntegration;
  imaging: ImagingIntegration;
  close(): Promise<void>;
}

export async function createIntegrations(config: Config): Promise<Integrations> {
  const [sms, identity, wechat, payments, imaging] = await Promise.all([createSms(config), createIdentityProviders(config), createWeChat(config), createPayments(config), createImaging(config)]);
  return {
    sms,
    identity,
    wechat,
    payments,
    imaging,
    close: async () => {
      await Promise.all([sms.close(), identity.close(), wechat.close(), payments.close(), imaging.close()]);
    },
  };
}
