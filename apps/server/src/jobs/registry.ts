import type { Tx } from '../db/client';

/** A recurring job: every N seconds, or on a cron expression (UTC, minute resolution); null = only when sent. */
export type JobSchedule = number | string | null;

export interface JobDefinition {
  name: string;
  schedule: JobSchedule;
  run: (data: unknown) => Promise<unknown>;
}

export type JobRegistry = ReturnType<typeof createJobRegistry>;

/** What a started runner lends the registry so services can queue one-off runs. */
export type JobSender = (name: string, data?: object | null, options?: { tx?: Tx; startAfter?: Date; singletonKey?: string }) => Promise<string | null>;

const NAME = /^[a-z][a-z0-9-]{1,48}$/;

/** What the server runs in the background; filled by buildApp, started by startJobRunner (server.ts). */
export function createJobRegistry() {
  const jobs = new Map<string, JobDefinition>();
  let sender: JobSender | null = null;
  return {
    /**
     * registerJob('mark-no-shows', 60, () => booking.markNoShows()) — every 60 s;
     * registerJob('daily-report', '0 1 * * *', …) — cron; registerJob('reindex', null, …) — only when sent.
     */
    registerJob(name: string, schedule: JobSchedule, run: (data: unknown) => Promise<unknown>): void {
      if (!NAME.test(name)) throw new Error(`jobs: bad job name "${name}"`);
      if (jobs.has(name)) throw new Error(`jobs: "${name}" registered twice`);
      if (typeof schedule === 'number' && !(schedule >= 1 && schedule <= 3600)) throw new Error(`jobs: "${name}" interval must be 1–3600 s`);
      jobs.set(name, { name, schedule, run });
    },
    list: (): JobDefinition[] => [...jobs.values()],
    get: (name: string): JobDefinition | undefined => jobs.get(name),
    /**
     * Queue one run of a registered job. With `tx` the job is inserted by that transaction, so it exists iff the
     * state change commits. Only once the runner has started (server.ts); tests call app.jobs.* instead.
     */
    send(...args: Parameters<JobSender>): Promise<string | null> {
      if (!sender) return Promise.reject(new Error('jobs: the job runner has not started'));
      return sender(...args);
    },
    attach(send: JobSender | null): void {
      sender = send;
    },
  };
}
