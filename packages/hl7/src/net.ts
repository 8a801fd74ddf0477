/** MLLP over TCP (node:net): a server that ACKs every frame in order per connection, and a pipelining client. */
import net from 'node:net';
import { CharsetError, decodeMessage } from './charset';
import { DEFAULT_MAX_FRAME_BYTES, encodeMllp, encodeMllpFrames, MllpDecoder, type MllpEvent } from './mllp';

export interface MllpServerOptions {
  /** Handles one message (framing removed) and returns the ACK bytes to send back. */
  onMessage(bytes: Buffer): Promise<Buffer> | Buffer;
  /**
   * When given, used instead of onMessage: all frames already read ahead on a connection (up to maxPendingFrames)
   * at once, so a receiver can store them together (group commit). Answers one ACK per frame, in the same order;
   * the ACKs go back in that order. Without it, frames are handled one at a time per connection.
   */
  onMessages?(frames: Buffer[]): Promise<Buffer[]> | Buffer[];
  /** Answers a frame over maxFrameBytes (e.g. with rejectMessage(head).ack); without it the connection is closed. */
  onOversize?(head: Buffer, size: number): Promise<Buffer | undefined> | Buffer | undefined;
  maxFrameBytes?: number;
  /** Close a connection idle this long (default 5 minutes; LIS keep connections open between results). */
  idleTimeoutMs?: number;
  /** Frames read ahead per connection before we stop reading from the socket (default 16). */
  maxPendingFrames?: number;
  onError?(err: unknown): void;
}

export function createMllpServer(options: MllpServerOptions): net.Server {
  return net.createServer((socket) => serveConnection(socket, options));
}

function serveConnection(socket: net.Socket, o: MllpServerOptions): void {
  const decoder = new MllpDecoder({ maxFrameBytes: o.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES });
  const maxPending = o.maxPendingFrames ?? 16;
  const queue: MllpEvent[] = [];
  /** Frames handed over and not yet answered: they count against maxPendingFrames like the queued ones. */
  let inFlight = 0;
  let closed = false;
  /** The ACK writes, chained so they leave in message order whichever hand-over is answered first. */
  let replies = Promise.resolve();

  socket.setTimeout(o.idleTimeoutMs ?? 300_000);
  socket.on('timeout', () => {
    if (inFlight === 0 && queue.length === 0) socket.destroy();
  });
  socket.on('error', (err) => o.onError?.(err));
  socket.on('close', () => {
    closed = true;
    queue.length = 0;
  });
  socket.on('data', (chunk: Buffer) => {
    queue.push(...decoder.push(chunk));
    // Backpressure: stop reading while too many frames wait for their ACK.
    if (queue.length + inFlight >= maxPending) socket.pause();
    handOver();
  });

  /**
   * onMessage: one frame at a time. onMessages: every frame read is handed over at once, also while earlier ones
   * are still being answered, so a pipelining sender's frames reach the receiver's next group commit.
   */
  function handOver(): void {
    while (!closed && queue.length > 0 && (o.onMessages ? inFlight < maxPending : inFlight === 0)) {
      const events = nextEvents(maxPending - inFlight);
      inFlight += events.length;
      const answered = answer(events);
      answered.catch(() => {}); // handled in reply(), in turn
      replies = replies.then(() => reply(events.length, answered));
    }
  }

  async function reply(count: number, answered: Promise<(Buffer | undefined)[]>): Promise<void> {
    if (closed || socket.destroyed) return;
    try {
      const acks = await answered;
      if (closed) return;
      const sendable = acks.findIndex((a) => a === undefined);
      const out = (sendable < 0 ? acks : acks.slice(0, sendable)) as Buffer[];
      // One write for the hand-over's ACKs: in order, and one syscall instead of one per message.
      if (out.length > 0 && !socket.write(encodeMllpFrames(out))) await drained(socket);
      if (sendable >= 0) {
        socket.destroy();
        return;
      }
    } catch (err) {
      // Without an ACK the sender would wait forever; closing tells it to resend.
      o.onError?.(err);
      socket.destroy();
      return;
    }
    inFlight -= count;
    if (queue.length + inFlight < maxPending && socket.isPaused()) socket.resume();
    handOver();
  }

  /** With onMessages the frames at the head of the queue (at most `room`: one read can bring more), else one; an oversize event alone. */
  function nextEvents(room: number): MllpEvent[] {
    if (!o.onMessages || queue[0]!.kind !== 'frame') return queue.splice(0, 1);
    const end = queue.findIndex((e) => e.kind !== 'frame');
    return queue.splice(0, Math.min(end < 0 ? queue.length : end, room));
  }

  async function answer(events: MllpEvent[]): Promise<(Buffer | undefined)[]> {
    const first = events[0]!;
    if (first.kind === 'oversize') return [await o.onOversize?.(first.head, first.size)];
    if (!o.onMessages) return [await o.onMessage(first.data)];
    const acks = await o.onMessages(events.map((e) => (e as Extract<MllpEvent, { kind: 'frame' }>).data));
    if (acks.length !== events.length) throw new Error(`onMessages answered ${acks.length} ACKs for ${events.length} frames`);
    return acks;
  }
}

function drained(socket: net.Socket): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      socket.off('drain', done);
      socket.off('close', done);
      resolve();
    };
    socket.on('drain', done);
    socket.on('close', done);
  });
}

export interface MllpClientOptions {
  host?: string;
  port: number;
  /** Longest wait for one ACK; on expiry the connection is dropped and every pending send fails (default 30 s). */
  ackTimeoutMs?: number;
  maxFrameBytes?: number;
}

interface Pending {
  resolve(ack: string): void;
  reject(err: Error): void;
}

/** Sends messages over one connection; ACKs come back in order, so the n-th ACK answers the n-th message. */
export class MllpClient {
  private socket?: net.Socket;
  private readonly pending: Pending[] = [];
  private readonly decoder: MllpDecoder;
  private timer?: NodeJS.Timeout;

  constructor(private readonly options: MllpClientOptions) {
    this.decoder = new MllpDecoder({ maxFrameBytes: options.maxFrameBytes });
  }

  connect(): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: this.options.host ?? '127.0.0.1', port: this.options.port });
      socket.once('connect', () => {
        socket.off('error', reject);
        socket.on('error', (err) => this.failAll(err));
        resolve();
      });
      socket.once('error', reject);
      socket.on('data', (chunk: Buffer) => this.onData(chunk));
      socket.on('close', () => this.failAll(new Error('MLLP connection closed before the ACK')));
      this.socket = socket;
    });
  }

  /** Sends one message (bytes already in the message's charset, or a string sent as UTF-8); resolves with the ACK text. */
  send(message: Buffer | string): Promise<string> {
    const socket = this.socket;
    if (!socket || socket.destroyed) return Promise.reject(new Error('MLLP client is not connected'));
    return new Promise<string>((resolve, reject) => {
      this.pending.push({ resolve, reject });
      this.armTimer();
      socket.write(encodeMllp(message));
    });
  }

  close(): Promise<void> {
    const socket = this.socket;
    if (!socket || socket.destroyed) return Promise.resolve();
    return new Promise((resolve) => {
      socket.once('close', () => resolve());
      socket.end();
    });
  }

  private onData(chunk: Buffer): void {
    for (const event of this.decoder.push(chunk)) {
      const waiter = this.pending.shift();
      if (!waiter) continue; // an unsolicited frame: nothing waits for it
      if (event.kind === 'oversize') waiter.reject(new Error(`ACK larger than the frame limit (${event.size} bytes)`));
      else waiter.resolve(ackText(event.data));
    }
    this.armTimer();
  }

  private armTimer(): void {
    clearTimeout(this.timer);
    if (this.pending.length === 0) return;
    const ms = this.options.ackTimeoutMs ?? 30_000;
    this.timer = setTimeout(() => {
      this.failAll(new Error(`no ACK within ${ms} ms`));
      this.socket?.destroy();
    }, ms);
  }

  private failAll(err: Error): void {
    clearTimeout(this.timer);
    for (const waiter of this.pending.splice(0)) waiter.reject(err);
  }
}

/** The ACK decoded in the charset its MSH-18 declares (UTF-8 when it declares none we know). */
function ackText(bytes: Buffer): string {
  try {
    return decodeMessage(bytes).text;
  } catch (err) {
    if (err instanceof CharsetError) return bytes.toString('utf8');
    throw err;
  }
}
