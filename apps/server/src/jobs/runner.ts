// pg-boss runs the registered jobs. Every copy of the server starts a runner; a recurring job still runs once per
// tick in total: each copy proposes the tick's job with sendThrottled, and pg-boss keeps one job per time bucket
// (unique index on name + singleton_on), which exactly one worker fetches (FOR UPDATE SKIP LOCKED).
import PgBoss from 'pg-boss';
import type { Database } from '../db/client';
import { bossDbFor, bossDbForTx } from './boss-db';
import type { JobDefinition, JobRegistry, JobSender } from './registry';

interface Log {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface JobRunnerOptions {
  database: Database;
  registry: JobRegistry;
  log: Log;
  /** How often an idle worker asks for work; at most the job's own interval. */
  pollingIntervalSeconds?: number;
}

export interface JobRunner {
  /** Queue one run of a registered job now (or at `startAfter`); pass `tx` to make it part of that transaction. */
  send: JobSender;
  stop(): Promise<void>;
}

const BOSS_OPTIONS = {
  // Housekeeping sized for frequent ticks: completed jobs leave the hot table after an hour, archives after a day.
  archiveCompletedAfterSeconds: 3600,
  deleteAfterDays: 1,
  maintenanceIntervalSeconds: 300,
  // pg-boss keeps its own schema and migrations (schema "pgboss"), outside drizzle's.
  migrate: true,
  supervise: true,
} as const;

export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const { registry, log } = options;
  const jobs = registry.list();
  const boss = new PgBoss({ ...BOSS_OPTIONS, db: bossDbFor(options.database), schedule: jobs.some((j) => typeof j.schedule === 'string') });
  boss.on('error', (err) => log.error({ err }, 'job queue error'));
  await boss.start();
  const timers: NodeJS.Timeout[] = [];

  async function start(job: JobDefinition) {
    const every = typeof job.schedule === 'number' ? job.schedule : 60;
    // A tick that fails is not retried: the next tick does the same work. A run that hangs is expired, not repeated.
    await boss.createQueue(job.name, { name: job.name, policy: 'standard', retryLimit: 0, expireInSeconds: Math.max(60, every * 4) });
    const pollingIntervalSeconds = Math.max(0.5, Math.min(options.pollingIntervalSeconds ?? 2, every));
    await boss.work(job.name, { pollingIntervalSeconds, batchSize: 1 }, async ([next]) => {
      const started = performance.now();
      const result = await job.run(next?.data ?? null);
      if (typeof result === 'number' && result > 0) log.info({ job: job.name, result, ms: Math.round(performance.now() - started) }, 'job done');
    });
    if (typeof job.schedule === 'number') {
      const propose = () => {
        boss.sendThrottled(job.name, {}, {}, every).catch((err: unknown) => log.error({ err, job: job.name }, 'job tick failed'));
      };
      propose();
      const timer = setInterval(propose, every * 1000);
      timer.unref();
      timers.push(timer);
    } else if (typeof job.schedule === 'string') {
      await boss.schedule(job.name, job.schedule, {}, { tz: 'Asia/Shanghai' });
    }
  }
  for (const job of jobs) await start(job);

  const send: JobSender = async (name, data, opts = {}) => {
    if (!registry.get(name)) throw new Error(`jobs: "${name}" is not registered`);
    const { tx, ...rest } = opts;
    return boss.send(name, data ?? {}, { ...rest, ...(tx ? { db: bossDbForTx(tx) } : {}) });
  };
  registry.attach(send);
  return {
    send,
    async stop() {
      registry.attach(null);
      for (const t of timers) clearInterval(t);
      // Wait for running jobs (they use the database the caller closes next), but not forever.
      await boss.stop({ graceful: true, wait: true, timeout: 5000, close: false });
    },
  };
}
