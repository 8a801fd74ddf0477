/** MLLP framing: <VT> message <FS><CR>. The decoder is streaming: TCP chunks may split or merge frames. */

export const VT = 0x0b;
export const FS = 0x1c;
export const CR = 0x0d;

export const DEFAULT_MAX_FRAME_BYTES = 1024 * 1024;
/** How much of an oversized frame we keep so the caller can still read its MSH and reject it properly. */
const OVERSIZE_HEAD_BYTES = 4096;

export type MllpEvent =
  | { kind: 'frame'; data: Buffer }
  /** A frame larger than maxFrameBytes was dropped; `head` holds its first bytes (its MSH, usually). */
  | { kind: 'oversize'; head: Buffer; size: number };

export function encodeMllp(payload: Buffer | string): Buffer {
  return encodeMllpFrames([typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload]);
}

/** Several frames back to back in one buffer (one socket write), built with one allocation and one copy each. */
export function encodeMllpFrames(payloads: readonly Uint8Array[]): Buffer {
  let size = 0;
  for (const p of payloads) size += p.length + 3;
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  for (const p of payloads) {
    out[at] = VT;
    out.set(p, at + 1);
    at += p.length + 1;
    out[at] = FS;
    out[at + 1] = CR;
    at += 2;
  }
  return out;
}

export class MllpDecoder {
  private readonly maxFrameBytes: number;
  private parts: Buffer[] = [];
  private size = 0;
  private inFrame = false;
  private oversize = false;
  private head: Buffer = Buffer.alloc(0);
  /** Bytes seen outside any frame (noise between frames, a CR after FS is not counted). */
  garbageBytes = 0;
  private skipCr = false;

  constructor(options: { maxFrameBytes?: number } = {}) {
    this.maxFrameBytes = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
  }

  /** Bytes held for an unfinished frame. */
  get buffered(): number {
    return this.oversize ? this.head.length : this.size;
  }

  push(chunk: Uint8Array): MllpEvent[] {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const events: MllpEvent[] = [];
    let pos = 0;
    if (this.skipCr && buf.length > 0) {
      if (buf[0] === CR) pos = 1;
      this.skipCr = false;
    }
    while (pos < buf.length) {
      if (!this.inFrame) {
        const start = buf.indexOf(VT, pos);
        this.garbageBytes += (start < 0 ? buf.length : start) - pos;
        if (start < 0) break;
        this.startFrame();
        pos = start + 1;
        continue;
      }
      const end = buf.indexOf(FS, pos);
      // A VT before the FS means the sender restarted: the partial frame is abandoned.
      const restart = buf.indexOf(VT, pos);
      if (restart >= 0 && (end < 0 || restart < end)) {
        this.startFrame();
        pos = restart + 1;
        continue;
      }
      if (end < 0) {
        this.append(buf.subarray(pos));
        break;
      }
      this.append(buf.subarray(pos, end));
      events.push(this.finishFrame());
      pos = end + 1;
      // FS should be followed by CR; tolerate senders that omit it.
      if (pos < buf.length) {
        if (buf[pos] === CR) pos++;
      } else {
        this.skipCr = true;
      }
    }
    return events;
  }

  private startFrame(): void {
    this.inFrame = true;
    this.oversize = false;
    this.parts = [];
    this.size = 0;
    this.head = Buffer.alloc(0);
  }

  private append(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.size += bytes.length;
    if (this.oversize) return;
    if (this.size > this.maxFrameBytes) {
      this.head = Buffer.concat([...this.parts, bytes]).subarray(0, OVERSIZE_HEAD_BYTES);
      this.head = Buffer.from(this.head); // detach from the large buffer
      this.parts = [];
      this.oversize = true;
      return;
    }
    // Copy: the caller may reuse the chunk's memory.
    this.parts.push(Buffer.from(bytes));
  }

  private finishFrame(): MllpEvent {
    this.inFrame = false;
    const event: MllpEvent = this.oversize
      ? { kind: 'oversize', head: this.head, size: this.size }
      : { kind: 'frame', data: this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts, this.size) }; // parts are our own copies
    this.parts = [];
    this.size = 0;
    this.oversize = false;
    this.head = Buffer.alloc(0);
    return event;
  }
}
