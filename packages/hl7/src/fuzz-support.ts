/**
 * Test support for the fuzz tests (not exported from the package): a pool of valid messages, mutations,
 * and the checks every answer must pass whatever the input.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { encodeText } from './charset';
import { generateOru } from './generator';
import { handleMessage, type HandleResult } from './handle';
import { encodeMllp, MllpDecoder } from './mllp';
import { PANEL_NAMES } from './panels';
import { randomPatient, seededRandom } from './patients';
import { reportProblems } from './validate';

/**
 * Longest one message may take. CPU time is the real bound (a loaded 2-core machine stretches wall time, not CPU
 * time); the wall-clock bound only catches a true hang, such as waiting on something that never comes.
 */
export const PER_MESSAGE_CPU_MS = 250;
export const PER_MESSAGE_WALL_MS = 3000;

const IMAGING = [
  'MSH|^~\\&|RIS|H|X|X|20240105083000||ORU^R01|IMG1|P|2.3.1|||AL|NE||UNICODE UTF-8',
  'PID|1||MR1^^^H^MR||李四||19800202|F',
  'OBR|1||R1|CT^胸部CT^L|||20240105070000|||||||||D1^王^医生||||||20240105090000||CT|F',
  'OBX|1|TX|59776-5^检查所见^LN||双肺纹理清晰。\\.br\\心影不大。||||||F',
  'OBX|2|TX|19005-8^诊断意见^LN||未见异常。||||||F',
  'OBX|3|RP|STUDYUID^Study Instance UID||1.2.840.1.2.3^PACS||||||F',
].join('\r');

/** Valid messages across panels, versions and charsets; all answer AA unmodified. */
export function messagePool(size = 120): Buffer[] {
  const rng = seededRandom(2024);
  const pool: Buffer[] = [encodeText(IMAGING, 'utf-8')];
  for (let i = 0; pool.length < size; i++) {
    pool.push(
      generateOru({
        patient: randomPatient(rng),
        panel: PANEL_NAMES[i % PANEL_NAMES.length]!,
        version: i % 3 === 0 ? '2.3.1' : '2.5.1',
        charset: i % 2 === 0 ? 'GB18030' : 'UTF-8',
        rng,
        controlId: `F${i}`,
      }).bytes,
    );
  }
  return pool;
}

export type Mutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'swap'; from: number; to: number }
  | { kind: 'segment'; at: number; text: string }
  | { kind: 'huge'; at: number; size: number }
  | { kind: 'drop'; at: number }
  | { kind: 'dup'; at: number };

const DELIMS = [0x7c, 0x5e, 0x7e, 0x5c, 0x26, 0x0d, 0x0a]; // | ^ ~ \ & CR LF

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.nat(255) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('swap' as const), from: fc.nat(DELIMS.length - 1), to: fc.nat(DELIMS.length - 1) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('segment' as const),
      at: fc.nat(),
      text: fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('OBX|1|NM|X^Y||abc', 'PID|1||', 'OBR|1', 'MSH|^~\\&|', 'NTE|1||\\X0\\', 'OBX|1|SN|A^B||?^1')),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('huge' as const), at: fc.nat(), size: fc.integer({ min: 1_000, max: 60_000 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('dup' as const), at: fc.nat() }) },
);

function segmentBounds(bytes: Buffer): number[] {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0d && i + 1 < bytes.length) starts.push(i + 1);
  return starts;
}

export function mutate(input: Buffer, m: Mutation): Buffer {
  const len = Math.max(input.length, 1);
  switch (m.kind) {
    case 'flip': {
      const out = Buffer.from(input);
      if (out.length > 0) out[m.at % len] = m.byte;
      return out;
    }
    case 'truncate':
      return input.subarray(0, m.at % len);
    case 'swap': {
      const out = Buffer.from(input);
      for (let i = 0; i < out.length; i++) if (out[i] === DELIMS[m.from]) out[i] = DELIMS[m.to]!;
      return out;
    }
    case 'huge': {
      const at = m.at % len;
      return Buffer.concat([input.subarray(0, at), Buffer.alloc(m.size, 0x41), input.subarray(at)]);
    }
    case 'segment':
    case 'drop':
    case 'dup': {
      const starts = segmentBounds(input);
      const i = m.at % starts.length;
      const start = starts[i]!;
      const end = starts[i + 1] ?? input.length;
      if (m.kind === 'segment') return Buffer.concat([input.subarray(0, start), Buffer.from(`${m.text}\r`), input.subarray(start)]);
      if (m.kind === 'drop') return Buffer.concat([input.subarray(0, start), input.subarray(end)]);
      return Buffer.concat([input.subarray(0, end), input.subarray(start, end), input.subarray(end)]);
    }
  }
}

/** Frames `payload` with MLLP, feeds it in random chunks, and handles every frame that comes out. */
export function throughMllp(payload: Buffer, chunkSeed: number): HandleResult[] {
  const wire = encodeMllp(payload);
  const decoder = new MllpDecoder({ maxFrameBytes: 256 * 1024 });
  const rng = seededRandom(chunkSeed);
  const results: HandleResult[] = [];
  for (let pos = 0; pos < wire.length; ) {
    const size = 1 + Math.floor(rng() * 4096);
    for (const event of decoder.push(wire.subarray(pos, pos + size))) {
      if (event.kind !== 'frame') continue;
      results.push(checkedHandle(event.data));
    }
    pos += size;
  }
  return results;
}

/** handleMessage plus the invariants every answer keeps. */
export function checkedHandle(bytes: Buffer): HandleResult {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const r = handleMessage(bytes);
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const wallMs = performance.now() - started;
  expect(cpuMs, `one message used ${cpuMs.toFixed(1)} ms of CPU`).toBeLessThan(PER_MESSAGE_CPU_MS);
  expect(wallMs, `one message took ${wallMs.toFixed(1)} ms`).toBeLessThan(PER_MESSAGE_WALL_MS);
  expect(['AA', 'AE', 'AR']).toContain(r.outcome);
  expect(r.ack.length).toBeGreaterThan(0);
  expect(r.ackText.startsWith('MSH|^~\\&|')).toBe(true);
  expect(r.ackText).toContain(`\rMSA|${r.outcome}|`);
  if (r.outcome === 'AA') {
    expect(r.report, 'AA without a report').toBeDefined();
    expect(reportProblems(r.report!)).toEqual([]);
  } else {
    expect(r.report, `${r.outcome} with a report`).toBeUndefined();
    expect(r.error).toBeTruthy();
    expect(r.ackText).toContain('\rERR|');
  }
  return r;
}
