// The LIS side of npm run bench:hl7 in a worker thread: an interface engine is a separate system, so its MLLP
// connections, sends, latency timing and MSA checks must not run on the server's event loop (nor count in its CPU).
// Plain data crosses the thread boundary: the messages (bytes and control ids) in, latencies and ACK codes out.
import { readFileSync } from 'node:fs';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { MllpClient } from '@xinglin/hl7';

export interface SenderMessage {
  bytes: Uint8Array;
  controlId: string;
}

export interface SenderOptions {
  port: number;
  connections: number;
  /** Messages outstanding per connection; 1 = stop-and-wait. */
  window: number;
  messages: SenderMessage[];
}

export interface SenderRun {
  seconds: number;
  /** Per message, from its send to its ACK. */
  latencies: number[];
  /** ACK codes (MSA-1) for ACKs naming their message; 'wrong MSA-2' / 'unreadable' otherwise. */
  codes: Record<string, number>;
  /** The sender thread's CPU during the run (see threadCpuMs). */
  cpuMs?: number;
}

export interface Senders {
  run(): Promise<SenderRun>;
  close(): Promise<void>;
}

type Reply = { kind: 'ready' } | { kind: 'done'; run: SenderRun } | { kind: 'failed'; message: string };

/** Starts the worker and resolves once every connection is open (not measured). */
export async function startSenders(options: SenderOptions): Promise<Senders> {
  // Workers do not inherit `--import tsx` on Node 20: register tsx in the worker before loading this file there.
  const self = new URL(import.meta.url).href;
  const boot = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(self)});`;
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData: { hl7Senders: options } });
  const next = () =>
    new Promise<Reply>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  const ready = await next();
  if (ready.kind !== 'ready') throw new Error(`MLLP senders: ${ready.kind === 'failed' ? ready.message : ready.kind}`);
  return {
    async run() {
      const answer = next();
      worker.postMessage('run');
      const done = await answer;
      if (done.kind !== 'done') throw new Error(`MLLP senders: ${done.kind === 'failed' ? done.message : done.kind}`);
      return done.run;
    },
    async close() {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.postMessage('close');
      await exited;
    },
  };
}

/**
 * CPU milliseconds used so far by the calling thread alone: process.threadCpuUsage where Node has it (not 20),
 * else Linux's /proc/thread-self/schedstat (nanoseconds on CPU); undefined elsewhere. process.cpuUsage() would
 * count every thread of the process: the senders' worker, V8's helpers and libuv's pool too.
 */
export function threadCpuMs(): number | undefined {
  const own = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage;
  if (own) {
    const u = own.call(process);
    return (u.user + u.system) / 1000;
  }
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return undefined;
  }
}

async function serve(o: SenderOptions): Promise<void> {
  const port = parentPort!;
  const clients = await Promise.all(
    Array.from({ length: o.connections }, async () => {
      const c = new MllpClient({ port: o.port, ackTimeoutMs: 120_000 });
      await c.connect();
      return c;
    }),
  );
  port.postMessage({ kind: 'ready' } satisfies Reply);
  const obey = async (command: string) => {
    if (command === 'close') {
      await Promise.all(clients.map((c) => c.close()));
      port.close();
      return;
    }
    try {
      port.postMessage({ kind: 'done', run: await send(o, clients) } satisfies Reply);
    } catch (err) {
      port.postMessage({ kind: 'failed', message: String(err) } satisfies Reply);
    }
  };
  port.on('message', (command: string) => void obey(command));
}

/**
 * `window` senders per connection, each sending its next message when its previous one is ACKed: at most `window`
 * outstanding on a connection. ACKs come back in order per connection; each is checked against its message by MSA-2.
 */
async function send(o: SenderOptions, clients: MllpClient[]): Promise<SenderRun> {
  const latencies: number[] = [];
  const codes: Record<string, number> = {};
  let next = 0;
  const cpuBefore = threadCpuMs();
  const start = performance.now();
  await Promise.all(
    Array.from({ length: o.connections * o.window }, async (_, sender) => {
      const client = clients[sender % o.connections]!;
      for (let i = next++; i < o.messages.length; i = next++) {
        const message = o.messages[i]!;
        const begin = performance.now();
        const ack = await client.send(Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength));
        latencies.push(performance.now() - begin);
        const msa = /\rMSA\|([A-Z]{2})\|([^|\r]*)/.exec(ack);
        // An ACK naming another message's control id is counted apart ('wrong MSA-2'), not as acknowledged.
        const code = msa && msa[2] === message.controlId ? msa[1]! : msa ? 'wrong MSA-2' : 'unreadable';
        codes[code] = (codes[code] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  const cpuAfter = threadCpuMs();
  return { seconds, latencies, codes, cpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore };
}

if (!isMainThread && (workerData as { hl7Senders?: SenderOptions } | null)?.hl7Senders) {
  serve((workerData as { hl7Senders: SenderOptions }).hl7Senders).catch((err) => parentPort!.postMessage({ kind: 'failed', message: String(err) } satisfies Reply));
}
