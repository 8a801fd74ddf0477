import { randomBytes } from 'node:crypto';
import { createHisClient, createHisSimulator, type HisClient, type HisSimulator } from '@xinglin/his';
import type { Config } from '../../config';

export interface HisIntegration {
  client: HisClient | null;
  simulator: HisSimulator | null;
  close(): Promise<void>;
}

/**
 * The HIS interface. With simulators on, a local HIS on loopback issues realistic bills (POST /sim/his/visits in
 * dev, or the simulator from tests). Without them there is no HIS configuration yet (config.ts has no HIS
 * settings), so outpatient bills and insurance pre-settlement answer 503 until the lead wires one.
 */
export async function createHisIntegration(config: Config): Promise<HisIntegration> {
  if (!config.simulators) return { client: null, simulator: null, close: async () => undefined };
  const token = randomBytes(16).toString('hex');
  const simulator = await createHisSimulator({ token });
  return { client: createHisClient({ baseUrl: simulator.url, token }), simulator, close: () => simulator.close() };
}
