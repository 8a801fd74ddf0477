import { createProtection } from './security/protection';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { Config } from './config';
import { createDatabase, type Database } from './db/client';
import { seedDemoData, type SeedResult } from './db/seed';
import { createIntegrations } from './integrations';
import { startJobRunner } from './jobs';
import { createScheduleService } from './modules/schedule/service';
import { startMllpListener } from './modules/reports/mllp-listener';
import { staticAppDirs } from './paths';

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  seed: SeedResult | null;
  startMs: number;
  /** For tools that run beside the server in one process (benchmarks): PGlite has a single connection. */
  database: Database;
  /** The HL7 v2 (MLLP) listener's port, when MLLP_PORT is not 0. */
  mllpPort: number | null;
}

/** Migrate, seed an empty database with the demo hospital, and listen. Used by main.ts and the browser tests. */
export async function startServer(config: Config): Promise<RunningServer> {
  const t0 = performance.now();
  const database = createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await database.migrate();
  const seed = config.seedDemoData && !config.production ? await seedDemoData(database.db, createProtection(config)) : null;
  // Dated clinics for the next two weeks; idempotent, so every copy may do it (a daily job will too).
  await createScheduleService({ db: database.db }).materialize();
  const integrations = await createIntegrations(config);
  const app = await buildApp({ config, database, integrations, staticDirs: staticAppDirs });
  // Background jobs on pg-boss over the same database (PGlite's one connection, or the pool); see src/jobs.
  const runner = await startJobRunner({ database, registry: app.jobs.registry, log: app.log });
  app.addHook('onClose', async () => {
    await runner.stop();
    await integrations.close();
    await database.close();
  });
  // Lab and imaging results over HL7 v2; beside the HTTP app (not in buildApp) so tests choose whether to listen.
  // Two batches at once on PostgreSQL (one's statements overlap the other's commit: 4-connection stop-and-wait
  // 543 -> 706 messages/s, bench/README.md); PGlite's one connection would only make the second wait.
  const mllp =
    config.mllp.port === 0
      ? null
      : await startMllpListener({ reports: app.reports, port: config.mllp.port, host: config.host, maxFrameBytes: config.mllp.maxFrameBytes, log: app.log, concurrency: database.kind === 'postgres' ? 2 : 1 });
  if (mllp) app.addHook('preClose', () => mllp.close());
  const address = await app.listen({ port: config.port, host: config.host });
  return { app, url: address, seed, startMs: Math.round(performance.now() - t0), database, mllpPort: mllp?.port ?? null };
}
