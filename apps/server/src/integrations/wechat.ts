import { randomBytes } from 'node:crypto';
import { createWeChatClient, createWeChatSimulator, startWeChatSimulatorServer, type WeChatClient, type WeChatSimulator } from '@xinglin/wechat';
import type { Config } from '../config';

export interface WeChatIntegration {
  client: WeChatClient | null;
  simulator: WeChatSimulator | null;
  close(): Promise<void>;
}

/** The mini program's server API. Without an AppID outside simulator mode, WeChat login is simply unavailable. */
export async function createWeChat(config: Config): Promise<WeChatIntegration> {
  if (!config.simulators) {
    const { appId, appSecret } = config.wechat;
    return { client: appId && appSecret ? createWeChatClient({ appId, appSecret }) : null, simulator: null, close: async () => undefined };
  }
  const creds = { appId: 'wxsimulated000000', appSecret: randomBytes(16).toString('hex') };
  const simulator = createWeChatSimulator(creds);
  const server = await startWeChatSimulatorServer(simulator);
  return { client: createWeChatClient({ ...creds, baseUrl: server.url }), simulator, close: () => server.close() };
}
