// The load generator's thread (see load.ts): plain JavaScript so that it needs no TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import { Agent, request } from 'undici';

const { shots, warmUrl } = workerData;
// One connection per shot, kept alive well past the wait between warming and firing.
const agent = new Agent({ connections: shots.length, pipelining: 1, keepAliveTimeout: 120_000, keepAliveMaxTimeout: 120_000 });

async function send(s) {
  const res = await request(s.url, { method: s.method, headers: s.headers, body: s.body, dispatcher: agent });
  await res.body.dump();
  return res.statusCode;
}

try {
  // All at once, so that every one needs its own connection.
  const warm = await Promise.all(shots.map(() => send({ url: warmUrl, method: 'GET' })));
  if (warm.some((status) => status !== 200)) throw new Error(`warming answered ${[...new Set(warm)].join(', ')}`);
  parentPort.postMessage({ kind: 'warm' });
} catch (e) {
  parentPort.postMessage({ kind: 'failed', message: String(e) });
}

parentPort.on('message', async (command) => {
  if (command === 'close') {
    await agent.close();
    parentPort.close();
    return;
  }
  const start = performance.now();
  const results = await Promise.all(
    shots.map(async (s) => {
      const begin = performance.now() - start;
      const status = await send(s).catch(() => 0);
      return { status, begin, end: performance.now() - start };
    }),
  );
  parentPort.postMessage({ kind: 'volley', volley: { end: performance.now() - start, results } });
});
