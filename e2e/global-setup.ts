import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { testConfig } from '../apps/server/src/config';
import { startMllpListener } from '../apps/server/src/modules/reports/mllp-listener';
import { startServer } from '../apps/server/src/server';
import { prepareCheckinClinic, type CheckinClinic } from './booking-fixture';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The HL7 v2 (MLLP) listener beside the server, on a free port: tests send lab results to it. */
    mllpPort: number;
    /** A clinic starting in 10 minutes, for the booking → check-in → queue test. */
    checkinClinic: CheckinClinic;
  }
}

/** Starts the real server (built H5 and console included) on a free port, over a fresh database. */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'xinglin-e2e-'));
  const config = testConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000' });
  const server = await startServer(config);
  project.provide('baseUrl', server.url);
  const mllp = await startMllpListener({ reports: server.app.reports, port: 0, host: '127.0.0.1', maxFrameBytes: config.mllp.maxFrameBytes, log: server.app.log });
  project.provide('mllpPort', mllp.port);
  project.provide('checkinClinic', await prepareCheckinClinic(server.database, config.authSecret));
  return async () => {
    await mllp.close();
    await server.app.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
