/**
 * 45,000 messages broken on purpose (each must be answered AE or AR, never AA) and 5,000 valid messages rewritten
 * with random custom delimiters (each must give the same report). With fuzz-mutations.test.ts: 100,000 inputs.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { checkedHandle, messagePool, throughMllp } from './fuzz-support';
import { handleMessage } from './handle';

const MALFORMED_RUNS = 45_000;
const DELIMITER_RUNS = 5_000;

interface Source {
  text: string;
  gb: boolean;
}

const pool: Source[] = messagePool().map((bytes) => {
  const gb = bytes.includes(Buffer.from('GB 18030'));
  return { text: gb ? iconv.decode(bytes, 'gb18030') : bytes.toString('utf8'), gb };
});
const encode = (s: Source, text: string) => (s.gb ? iconv.encode(text, 'gb18030') : Buffer.from(text, 'utf8'));
const lines = (text: string) => text.split('\r').filter(Boolean);
const join = (segs: string[]) => segs.join('\r') + '\r';

/** Sets field n of the k-th segment named `name` (MSH counts its separator as field 1). */
function setField(text: string, name: string, k: number, n: number, value: string): string {
  const segs = lines(text);
  const matching = segs.map((s, i) => [s, i] as const).filter(([s]) => s.startsWith(`${name}|`));
  if (matching.length === 0) return text;
  const [seg, index] = matching[k % matching.length]!;
  const fields = seg.split('|');
  const at = name === 'MSH' ? n - 1 : n;
  while (fields.length <= at) fields.push('');
  fields[at] = value;
  segs[index] = fields.join('|');
  return join(segs);
}

// Values spliced into a message must not carry delimiters, segment ends or MLLP framing bytes (VT, FS).
const FORBIDDEN = new Set(['|', '^', '~', '\\', '&', '\r', '\n', '\u000b', '\u001c']);
const noDelims = (s: string) => ![...s].some((c) => FORBIDDEN.has(c));
const word = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => noDelims(s) && s.trim() !== '');
const notNumber = word.filter((s) => !/^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)\s*$/.test(s));
const badTimestamp = fc.oneof(
  fc.stringMatching(/^\d{5}$|^\d{7}$|^\d{9}$|^\d{11}$|^\d{13}$/),
  fc.constantFrom('20241301', '20240230', '20240101250000', '19991231235960', '2024-01-01', 'yesterday', '20240101+2500'),
);

type Breakage = ((s: Source) => Buffer) & { label?: string };
/** Names a breakage so a failing counterexample says which one it was. */
const named = (label: string, apply: (s: Source) => Buffer): Breakage => Object.assign(apply, { label, [fc.toStringMethod]: () => label });

const breakages: fc.Arbitrary<Breakage> = fc.oneof(
  fc.constantFrom<Breakage>(
    named('no PID', (s) => encode(s, join(lines(s.text).filter((l) => !l.startsWith('PID|'))))),
    named('no OBR', (s) => encode(s, join(lines(s.text).filter((l) => !l.startsWith('OBR|'))))),
    named('two PID', (s) => encode(s, join(lines(s.text).flatMap((l) => (l.startsWith('PID|') ? [l, l] : [l]))))),
    named('empty OBR-4', (s) => encode(s, setField(s.text, 'OBR', 0, 4, ''))),
    named('empty PID-3', (s) => encode(s, setField(s.text, 'PID', 0, 3, ''))),
    named('empty MSH-10', (s) => encode(s, setField(s.text, 'MSH', 0, 10, ''))),
  ),
  fc.tuple(fc.nat(), notNumber).map(([k, v]): Breakage => named(`NM ${k} = ${JSON.stringify(v)}`, (s) => {
    const nm = lines(s.text).filter((l) => l.startsWith('OBX|') && l.split('|')[2] === 'NM').length;
    return nm === 0 ? encode(s, setField(s.text, 'OBR', 0, 7, 'x')) : encode(s, setNthNm(s.text, k % nm, v));
  })),
  fc.tuple(fc.constantFrom(['OBR', 7], ['OBR', 22], ['PID', 7], ['OBX', 14]), fc.nat(), badTimestamp).map(
    ([[name, n], k, v]): Breakage => named(`${name}-${n} = ${v}`, (s) => encode(s, setField(s.text, name as string, k, n as number, v))),
  ),
  fc.tuple(fc.constantFrom('ADT^A01', 'ORM^O01', 'ORU^R30', 'ORU', 'MDM^T02', 'ACK'), fc.constant(9)).map(
    ([type, n]): Breakage => named(`MSH-9 = ${type}`, (s) => encode(s, setField(s.text, 'MSH', 0, n, type))),
  ),
  fc.constantFrom('2.2', '2.6', '2.7', '3.0', '', 'abc').map((v): Breakage => named(`MSH-12 = ${v}`, (s) => encode(s, setField(s.text, 'MSH', 0, 12, v)))),
  word.filter((w) => !/^(ascii|utf-?8|unicode utf-8|gbk|gb\s?2312|gb\s?18030.*|8859\/1|iso-8859-1)$/i.test(w.trim())).map(
    (cs): Breakage => named(`MSH-18 = ${cs}`, (s) => encode(s, setField(s.text, 'MSH', 0, 18, cs))),
  ),
  fc.tuple(fc.uint8Array({ minLength: 1, maxLength: 40 }), fc.nat()).map(([junk, cut]): Breakage => named(`junk ${junk.length}/${cut}`, (s) => {
    // Not HL7: junk in front of MSH (or MSH cut short).
    const bytes = encode(s, s.text);
    const prefix = Buffer.from(junk).filter((b) => b !== 0x0b && b !== 0x1c);
    // Leading whitespace and a UTF-8 BOM before MSH are tolerated on purpose, so the junk must start with something else.
    const startsBad = prefix.length > 0 && ![0x09, 0x0a, 0x0d, 0x20, 0x4d, 0xef].includes(prefix[0]!);
    return startsBad ? Buffer.concat([prefix, bytes]) : bytes.subarray(0, 3 + (cut % 5));
  })),
  fc.nat().map((k): Breakage => named(`OBX ${k} before OBR`, (s) => {
    const segs = lines(s.text);
    const obr = segs.findIndex((l) => l.startsWith('OBR|'));
    const obx = segs.filter((l) => l.startsWith('OBX|'));
    const moved = obx[k % obx.length]!;
    return encode(s, join([...segs.slice(0, obr).filter((l) => l !== moved), moved, ...segs.slice(obr).filter((l) => l !== moved)]));
  })),
  fc.nat().map((k): Breakage => named(`0xFF 0xFF at ${k}`, (s) => {
    // Bytes invalid in the declared charset, inserted after MSH.
    const bytes = encode(s, s.text);
    const after = bytes.indexOf(0x0d) + 1;
    const at = after + (k % Math.max(1, bytes.length - after));
    return Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff, 0xff]), bytes.subarray(at)]);
  })),
  fc.constantFrom('pid', 'OB', 'O\u00c9X', '1AB').map((name): Breakage => named(`segment ${name}`, (s) => encode(s, join([...lines(s.text), `${name}|1|x`])))),
);

/**
 * Rewrites a standard-delimiter message with new delimiters [field, component, repetition, escape, subcomponent].
 * An escape like \\S\\ means "this message's component separator", so it becomes the literal old character,
 * or the new escape when that character is itself one of the new delimiters.
 */
function withDelimiters(text: string, [f, c, r, e, t]: string[]): string {
  const oldChar: Record<string, string> = { F: '|', S: '^', R: '~', E: '\\', T: '&' };
  const roleOf = new Map([[f, 'F'], [c, 'S'], [r, 'R'], [e, 'E'], [t, 'T']]);
  const map = new Map([['|', f], ['^', c], ['~', r], ['\\', e], ['&', t]]);
  return text.replace(/\\([FSTRE])\\|[\s\S]/gu, (m, code?: string) => {
    if (!code) return map.get(m) ?? m;
    const ch = oldChar[code]!;
    const role = roleOf.get(ch);
    return role ? `${e}${role}${e}` : ch;
  });
}

function setNthNm(text: string, n: number, value: string): string {
  let seen = -1;
  return join(lines(text).map((l) => {
    const f = l.split('|');
    if (f[0] !== 'OBX' || f[2] !== 'NM' || ++seen !== n) return l;
    f[5] = value;
    return f.join('|');
  }));
}

describe('fuzz: malformed messages', () => {
  it(`${MALFORMED_RUNS} broken messages are answered AE or AR, never AA`, () => {
    const outcomes = { AA: 0, AE: 0, AR: 0 };
    const started = performance.now();
    fc.assert(
      fc.property(fc.nat(pool.length - 1), breakages, fc.nat(), (index, breakage, chunkSeed) => {
        const results = throughMllp(breakage(pool[index]!), chunkSeed);
        expect(results).toHaveLength(1);
        expect(results[0]!.outcome).not.toBe('AA');
        outcomes[results[0]!.outcome]++;
      }),
      { numRuns: MALFORMED_RUNS },
    );
    console.info(`fuzz-malformed: ${MALFORMED_RUNS} inputs, ${JSON.stringify(outcomes)}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(outcomes.AE).toBeGreaterThan(MALFORMED_RUNS * 0.3);
    expect(outcomes.AR).toBeGreaterThan(MALFORMED_RUNS * 0.2);
  }, 600_000); // generous: the machine is shared; per-message bounds are the real check

  it(`${DELIMITER_RUNS} messages rewritten with custom delimiters give the same report`, () => {
    const candidates = ['#', '*', '!', '$', '@', '`', ';', '=', '?', '|', '^', '~', '\\', '&', '{', '}'];
    fc.assert(
      fc.property(fc.nat(pool.length - 1), fc.shuffledSubarray(candidates, { minLength: 5, maxLength: 5 }), (index, delims) => {
        const source = pool[index]!;
        fc.pre(delims.every((c) => !source.text.includes(c) || '|^~\\&'.includes(c)));
        const rewritten = withDelimiters(source.text, delims);
        const original = handleMessage(encode(source, source.text));
        const custom = checkedHandle(encode(source, rewritten));
        expect(custom.outcome).toBe('AA');
        expect(custom.report).toEqual(original.report);
      }),
      { numRuns: DELIMITER_RUNS },
    );
  }, 600_000);
});
