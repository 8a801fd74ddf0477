// Serves a simulator over node:http on loopback, for tests and for running it beside a dev server.
// Kept apart from the simulator so the simulator stays framework- and transport-free.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as simulators see it: no sockets, no framework. */
export interface SimulatorRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface SimulatorResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** A file download (a trade bill's zip): sent instead of body. */
  bytes?: Uint8Array;
}

export interface SimulatorServer {
  /** Base URL, e.g. "http://127.0.0.1:53211". */
  url: string;
  close(): Promise<void>;
}

/** The APIs simulated take requests of a few hundred bytes; 1 MB is generous. */
const MAX_BODY_BYTES = 1024 * 1024;

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Keep reading past the limit (discarding) so the client gets our 413, not a reset mid-upload.
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size <= MAX_BODY_BYTES) chunks.push(buf);
  }
  return size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8');
}

/** Anything that maps a plain request to a plain response: the SMS, FaceID and WeChat simulators. */
export interface SimulatorHandler {
  handle(req: SimulatorRequest): Promise<SimulatorResponse>;
}

export function startSimulatorServer(sim: SimulatorHandler, port = 0, host = '127.0.0.1'): Promise<SimulatorServer> {
  const server = createServer((req, res) => {
    void (async () => {
      try {
        const body = await readBody(req);
        if (body === null) {
          res.writeHead(413).end();
          return;
        }
        const out = await sim.handle({ method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body });
        res.writeHead(out.status, out.headers).end(out.bytes ?? out.body);
      } catch {
        // A simulator bug must still answer, or the client under test hangs until its timeout.
        if (!res.headersSent) res.writeHead(500);
        res.end();
      }
    })();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}`,
        close: () =>
          new Promise<void>((done, fail) => {
            // fetch keeps connections alive; without this close() waits for them to idle out.
            server.closeAllConnections();
            server.close((e) => (e ? fail(e) : done()));
          }),
      });
    });
  });
}
