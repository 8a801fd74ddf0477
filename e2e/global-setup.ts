import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { testConfig } from '../apps/server/src/config';
import { startMllpListener } from '../apps/server/src/modules/reports/mllp-listener';
import { startServer } from '../apps/server/src/server';
import { prepareCheckinClinic, type CheckinClinic } from './booking-fixture';
import { freshDatabase } from './database';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The HL7 v2 (MLLP) listener beside the server, on a free port: tests send lab results to it. */
    mllpPort: number;
    /** A clinic starting within half an hour, for the booking → check-in → queue test. */
    checkinClinic: CheckinClinic;
  }
}

/**
 * A port nobody listens on now. The server is told its port up front (not 0) because the payment simulators post
 * their notifications to the URL built from it; with port 0 they retry an unreachable address for a minute.
 */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the real server (built H5 and console included) on a free port, over a fresh database (PGlite, or a new database on the PostgreSQL server of DATABASE_URL). */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'xinglin-e2e-'));
  const shared = testConfig().databaseUrl;
  const own = shared ? await freshDatabase(shared) : null;
  const config = testConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000', DATABASE_URL: own?.url, PORT: String(await freePort()) });
  const server = await startServer(config);
  project.provide('baseUrl', server.url);
  const mllp = await startMllpListener({ reports: server.app.reports, port: 0, host: '127.0.0.1', maxFrameBytes: config.mllp.maxFrameBytes, log: server.app.log });
  project.provide('mllpPort', mllp.port);
  project.provide('checkinClinic', await prepareCheckinClinic(server.database, config.authSecret));
  return async () => {
    await mllp.close();
    await server.app.close();
    await own?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
