// Loopback HTTP for the PACS simulator. Mirrors @xinglin/sim-http's startSimulatorServer, which
// cannot carry this simulator: its SimulatorResponse body is a string written as UTF-8, and PNGs,
// frames and Part 10 files are binary. If sim-http's body widens to `string | Uint8Array`, delete
// this file and call startSimulatorServer instead.
import type { SimulatorRequest, SimulatorServer } from '@xinglin/sim-http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PacsResponse } from './handler';

export function serveOnLoopback(
  handle: (req: SimulatorRequest) => PacsResponse,
  port = 0,
  host = '127.0.0.1',
): Promise<SimulatorServer> {
  const server = createServer((req, res) => {
    // DICOMweb reads carry no body; drain whatever a client sends so the socket stays usable.
    req.resume();
    try {
      const out = handle({ method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body: '' });
      res.writeHead(out.status, out.headers).end(out.body);
    } catch {
      // A simulator bug must still answer, or the client under test hangs until its timeout.
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
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
