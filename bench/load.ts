import { Worker } from 'node:worker_threads';

export interface Shot {
  url: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

export interface Outcome {
  status: number;
  /** Milliseconds from the release instant (the moment every shot is let go). */
  begin: number;
  end: number;
}

export interface Volley {
  /** Milliseconds from the release instant until the last answer. */
  end: number;
  results: Outcome[];
}

export interface Battery {
  /** Lets every shot go at once over the warmed connections and times each answer. */
  fire(): Promise<Volley>;
  close(): Promise<void>;
}

/**
 * Opens one kept-alive connection per shot (as phones behind a load balancer already hold theirs), warms each with
 * one cheap GET to `warmUrl`, and waits. The shots run in a worker thread so that the load generator does not share
 * the server's event loop; the answers are timed there.
 */
export async function aim(shots: Shot[], warmUrl: string): Promise<Battery> {
  const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), { workerData: { shots, warmUrl } });
  const next = () =>
    new Promise<{ kind: string; volley?: Volley; message?: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  const ready = await next();
  if (ready.kind !== 'warm') throw new Error(`load generator: ${ready.message ?? ready.kind}`);
  return {
    async fire() {
      const answer = next();
      worker.postMessage('fire');
      const done = await answer;
      if (!done.volley) throw new Error(`load generator: ${done.message ?? done.kind}`);
      return done.volley;
    },
    async close() {
      worker.postMessage('close');
      await new Promise((resolve) => worker.once('exit', resolve));
    },
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
