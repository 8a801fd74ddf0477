import type net from 'node:net';
import { createMllpServer, handleMessage, rejectMessage, type InboundReport } from '@xinglin/hl7';
import { AppError } from '../../errors';
import { createGroupCommit } from './group-commit';
import type { IngestResult } from './ingest';
import type { ReportsService } from './index';

export interface MllpListener {
  port: number;
  close(): Promise<void>;
}

export interface MllpListenerOptions {
  reports: Pick<ReportsService, 'ingestBatch'>;
  port: number;
  host: string;
  maxFrameBytes: number;
  log: { warn(obj: object, msg: string): void; error(obj: object, msg: string): void };
  /** Most messages stored in one transaction (default 64). */
  maxBatch?: number;
  /** Transactions of the listener at once (default 1; PGlite has one connection, so more only wait). */
  concurrency?: number;
}

/**
 * One HL7 v2 message (MLLP frame payload) → stored report → ACK. AA goes out only after the ingest transaction
 * committed; a refusal of the database turns the parser's AA into AE, so the LIS sends the message again.
 */
export async function processHl7(reports: { ingest(report: InboundReport): Promise<IngestResult> }, bytes: Buffer, log: MllpListenerOptions['log']): Promise<Buffer> {
  const result = handleMessage(bytes);
  if (result.outcome !== 'AA' || !result.report) return result.ack;
  try {
    await reports.ingest(result.report);
    return result.ack;
  } catch (err) {
    const known = err instanceof AppError && err.statusCode < 500;
    if (!known) log.error({ err, controlId: result.controlId }, 'HL7 result could not be stored');
    return applicationError(result.ack, known ? err.message : 'The result could not be stored; send it again');
  }
}

/** Rewrites an AA acknowledgement as AE with the reason (MSA-3, ERR code 207 application internal error). */
export function applicationError(ack: Buffer, reason: string): Buffer {
  const at = ack.indexOf('\rMSA|AA|');
  if (at < 0) return ack;
  const msh = ack.subarray(0, at).toString('latin1');
  const version = msh.split('|')[11] ?? '2.5.1';
  const msa = ack.subarray(at + 1).toString('latin1').split('\r')[0]!.split('|');
  const text = reason.replace(/[^\x20-\x7e]/g, '?').replace(/[|^~\\&]/g, ' ').slice(0, 80);
  const [major = 2, minor = 0] = version.split('.').map(Number);
  const err = major > 2 || minor >= 5 ? `ERR||MSH^1|207^Application internal error^HL70357|E||||${text}` : 'ERR|MSH^1^^207&Application internal error&HL70357';
  return Buffer.concat([ack.subarray(0, at), Buffer.from(`\rMSA|AE|${msa[2] ?? ''}|${text}\r${err}\r`, 'latin1')]);
}

/**
 * The TCP listener (packages/hl7's MLLP server: one ACK per frame, in order per connection, with backpressure;
 * the frames read ahead on a connection are handed over together).
 * The messages of all connections that arrive while a transaction runs are stored together in the next one
 * (group commit); each is answered when that transaction has committed, or refused alone when it failed alone.
 */
export function startMllpListener(options: MllpListenerOptions): Promise<MllpListener> {
  const batches = createGroupCommit((items: InboundReport[]) => options.reports.ingestBatch(items), options.maxBatch ?? 64, options.concurrency ?? 1);
  const ingest = async (report: InboundReport): Promise<IngestResult> => {
    const outcome = await batches.submit(report);
    if (!outcome.ok) throw outcome.error;
    return outcome.result;
  };
  const server = createMllpServer({
    maxFrameBytes: options.maxFrameBytes,
    onMessage: (bytes) => processHl7({ ingest }, bytes, options.log),
    // The frames a connection has read ahead (a pipelining sender) are submitted in the same turn, so they join one
    // group-commit batch instead of one transaction each; the MLLP server sends their ACKs in message order.
    onMessages: (frames) => Promise.all(frames.map((bytes) => processHl7({ ingest }, bytes, options.log))),
    onOversize: (head, size) => rejectMessage(head, `message of ${size} bytes is larger than ${options.maxFrameBytes}`).ack,
    onError: (err) => options.log.warn({ err }, 'MLLP connection error'),
  });
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      const address = server.address() as net.AddressInfo;
      resolve({
        port: address.port,
        close: () =>
          new Promise<void>((done) => {
            // LIS connections stay open between results; shutting down must not wait for them.
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
