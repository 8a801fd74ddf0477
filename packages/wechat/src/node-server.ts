// The WeChat simulator served over node:http on loopback; the transport is shared with the other simulators.
import { startSimulatorServer, type SimulatorServer } from '@xinglin/sim-http';
import type { WeChatSimulator } from './simulator';

export type WeChatSimulatorServer = SimulatorServer;

/** Only `handle` is used, so a test can pass a wrapper that counts or delays requests. Pass `url` as the client's baseUrl. */
export function startWeChatSimulatorServer(sim: Pick<WeChatSimulator, 'handle'>, port = 0, host = '127.0.0.1'): Promise<WeChatSimulatorServer> {
  return startSimulatorServer(sim, port, host);
}
