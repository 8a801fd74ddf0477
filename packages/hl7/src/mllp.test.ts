import { describe, expect, it } from 'vitest';
import { encodeMllp, encodeMllpFrames, MllpDecoder, type MllpEvent } from './mllp';

const frames = (events: MllpEvent[]) => events.map((e) => (e.kind === 'frame' ? e.data.toString() : `oversize:${e.size}`));

describe('MllpDecoder', () => {
  it('decodes one frame and encodes symmetrically', () => {
    const wire = encodeMllp('MSH|a');
    expect([...wire.subarray(0, 1), ...wire.subarray(-2)]).toEqual([0x0b, 0x1c, 0x0d]);
    expect(frames(new MllpDecoder().push(wire))).toEqual(['MSH|a']);
  });

  it('encodes several frames into one buffer, byte for byte the frames one after another', () => {
    const payloads = [Buffer.from('MSH|1'), Buffer.alloc(0), Buffer.from('血常规', 'utf8')];
    const wire = encodeMllpFrames(payloads);
    expect(wire).toEqual(Buffer.concat(payloads.map((p) => Buffer.concat([Buffer.from([0x0b]), p, Buffer.from([0x1c, 0x0d])]))));
    expect(frames(new MllpDecoder().push(wire))).toEqual(['MSH|1', '', '血常规']);
    expect(encodeMllpFrames([])).toHaveLength(0);
  });

  it('survives a frame split at every possible byte', () => {
    const wire = encodeMllp('MSH|^~\\&|血常规\rPID|1');
    for (let cut = 0; cut <= wire.length; cut++) {
      const d = new MllpDecoder();
      const out = [...d.push(wire.subarray(0, cut)), ...d.push(wire.subarray(cut))];
      expect(frames(out)).toEqual(['MSH|^~\\&|血常规\rPID|1']);
    }
  });

  it('decodes several frames in one chunk, byte by byte, and ignores garbage between frames', () => {
    const wire = Buffer.concat([Buffer.from('noise\r\n'), encodeMllp('A'), Buffer.from('xx'), encodeMllp('B'), encodeMllp('C')]);
    expect(frames(new MllpDecoder().push(wire))).toEqual(['A', 'B', 'C']);
    const d = new MllpDecoder();
    const out: MllpEvent[] = [];
    for (const byte of wire) out.push(...d.push(Buffer.from([byte])));
    expect(frames(out)).toEqual(['A', 'B', 'C']);
    expect(d.garbageBytes).toBe(9);
  });

  it('tolerates a missing CR after FS and restarts on a VT inside a frame', () => {
    const d = new MllpDecoder();
    expect(frames(d.push(Buffer.from('\x0bA\x1c\x0bpartial\x0bB\x1c\r')))).toEqual(['A', 'B']);
  });

  it('drops a frame above maxFrameBytes but keeps its head and stays in sync', () => {
    const d = new MllpDecoder({ maxFrameBytes: 10 });
    const big = encodeMllp('MSH|' + 'x'.repeat(5000));
    const events = [...d.push(big.subarray(0, 7)), ...d.push(big.subarray(7)), ...d.push(encodeMllp('ok'))];
    expect(frames(events)).toEqual(['oversize:5004', 'ok']);
    const head = events[0]!.kind === 'oversize' ? events[0]!.head : Buffer.alloc(0);
    expect(head.subarray(0, 4).toString()).toBe('MSH|');
    expect(head.length).toBe(4096);
    expect(d.buffered).toBe(0);
  });
});
