import { ConfigError, loadConfig } from './config';
import { startServer } from './server';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
  const { app, url, seed, startMs } = await startServer(config);
  const base = url.replace('://127.0.0.1', '://localhost');
  app.log.info({ startMs, seed, database: config.databaseUrl ? 'postgres' : 'pglite' }, 'Xinglin started');
  console.log(
    [
      '',
      `  杏林 Xinglin is running (${startMs} ms, ${config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`})`,
      `  Patient H5   ${base}/`,
      `  Console      ${base}/console/   (demo admin: admin / Xinglin-Admin-2026!)`,
      `  API docs     ${base}/docs`,
      config.simulators ? `  SMS inbox    ${base}/sim/sms?phone=13800000000` : '',
      '',
    ].filter((l, i, all) => l !== '' || i === 0 || i === all.length - 1).join('\n'),
  );

  // Graceful shutdown: stop accepting, let in-flight requests finish, close the database; give up after a timeout.
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      app.log.error('shutdown timed out');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        app.log.error({ err }, 'error during shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
