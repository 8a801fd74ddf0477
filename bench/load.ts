import { Agent, request } from 'undici';

export interface Shot {
  url: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

export interface Outcome {
  status: number;
  begin: number;
  end: number;
}

/** Fires every request at once (one connection each, as 2,000 phones would) and times each answer. */
export async function fire(shots: Shot[]): Promise<{ start: number; end: number; results: Outcome[] }> {
  const agent = new Agent({ connections: shots.length, pipelining: 1 });
  const start = performance.now();
  const results = await Promise.all(
    shots.map(async (s) => {
      const begin = performance.now();
      try {
        const res = await request(s.url, { method: s.method, headers: s.headers, body: s.body, dispatcher: agent });
        await res.body.dump();
        return { status: res.statusCode, begin, end: performance.now() };
      } catch {
        return { status: 0, begin, end: performance.now() };
      }
    }),
  );
  const end = performance.now();
  await agent.close();
  return { start, end, results };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
