import type { Config } from '../config';
import { createIdentityProviders, type IdentityIntegration } from './identity';
import { createSms, type SmsIntegration } from './sms';
import { createWeChat, type WeChatIntegration } from './wechat';

/** Every outside system the server talks to; with simulators on, each is a same-protocol simulator on loopback. */
export interface Integrations {
  sms: SmsIntegration;
  identity: IdentityIntegration;
  wechat: WeChatIntegration;
  close(): Promise<void>;
}

export async function createIntegrations(config: Config): Promise<Integrations> {
  const [sms, identity, wechat] = await Promise.all([createSms(config), createIdentityProviders(config), createWeChat(config)]);
  return {
    sms,
    identity,
    wechat,
    close: async () => {
      await Promise.all([sms.close(), identity.close(), wechat.close()]);
    },
  };
}
