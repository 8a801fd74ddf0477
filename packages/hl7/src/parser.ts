/**
 * A small HL7 v2 ER7 ("pipe and hat") parser. Segments keep their raw field strings; values are split and
 * unescaped only when read, so a huge or odd field costs nothing unless the mapper looks at it.
 * Why not an npm parser: see ../README.md (none handled custom delimiters + escapes + LF on Node 20).
 */

export interface Delimiters {
  field: string;
  component: string;
  repetition: string;
  escape: string;
  subcomponent: string;
}

export const STANDARD_DELIMITERS: Delimiters = { field: '|', component: '^', repetition: '~', escape: '\\', subcomponent: '&' };

export class Hl7ParseError extends Error {
  override name = 'Hl7ParseError';
}

/** One segment. `fields[n]` is HL7 field n (fields[0] is the segment name; for MSH fields[1] is the field separator). */
export class Segment {
  /**
   * Field n split into repetitions → components → subcomponents (still escaped), built on first read; a field
   * without any of those separators (most are) is kept as its string, sparing three arrays per read field.
   */
  private readonly split: (string[][][] | string | undefined)[] = [];
  private readonly isMsh: boolean;

  constructor(
    readonly name: string,
    readonly fields: readonly string[],
    readonly delimiters: Delimiters,
  ) {
    this.isMsh = name === 'MSH';
  }

  /** Raw (still escaped) text of field n, '' when absent. */
  raw(n: number): string {
    return this.fields[n] ?? '';
  }

  /** Every repetition of field n; MSH-1/MSH-2 are never split. */
  repetitions(n: number): FieldRepetition[] {
    if (this.raw(n) === '') return [];
    const cell = this.structure(n);
    const reps = typeof cell === 'string' ? [[[cell]]] : cell;
    // One repetition: the field is its own raw text (no repetition separator in it).
    const raws = reps.length === 1 ? [this.raw(n)] : this.raw(n).split(this.delimiters.repetition);
    return reps.map((comps, i) => new FieldRepetition(raws[i]!, comps, this.delimiters));
  }

  /** Unescaped component/subcomponent of the first repetition of field n ('' when absent). */
  get(n: number, component = 1, subcomponent = 1): string {
    const cell = this.structure(n);
    if (typeof cell === 'string') {
      const value = component === 1 && subcomponent === 1 ? cell : '';
      return this.isDelimiterField(n) ? value : unescapeHl7(value, this.delimiters);
    }
    return unescapeHl7(cell[0]?.[component - 1]?.[subcomponent - 1] ?? '', this.delimiters);
  }

  private isDelimiterField(n: number): boolean {
    return this.isMsh && n <= 2;
  }

  private structure(n: number): string[][][] | string {
    let s = this.split[n];
    if (s === undefined) {
      const raw = this.raw(n);
      // MSH-1 and MSH-2 hold the delimiters themselves.
      s = this.isDelimiterField(n) ? raw : splitField(raw, this.delimiters);
      this.split[n] = s;
    }
    return s;
  }
}

/** The field split by ~, then ^, then &; the field itself when it holds none of them. */
function splitField(raw: string, d: Delimiters): string[][][] | string {
  if (d.repetition.length !== 1 || d.component.length !== 1 || d.subcomponent.length !== 1) {
    return raw.split(d.repetition).map((rep) => rep.split(d.component).map((comp) => comp.split(d.subcomponent)));
  }
  // One pass over the characters (the same result as splitting by ~ then ^ then &); most fields are plain values
  // and get no arrays beyond [[[raw]]].
  const rep = d.repetition.charCodeAt(0);
  const comp = d.component.charCodeAt(0);
  const sub = d.subcomponent.charCodeAt(0);
  const out: string[][][] = [];
  let components: string[][] = [];
  let subcomponents: string[] = [];
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c !== rep && c !== comp && c !== sub) continue;
    subcomponents.push(raw.slice(from, i));
    from = i + 1;
    if (c === sub) continue;
    components.push(subcomponents);
    subcomponents = [];
    if (c === comp) continue;
    out.push(components);
    components = [];
  }
  if (from === 0) return raw;
  subcomponents.push(raw.slice(from));
  components.push(subcomponents);
  out.push(components);
  return out;
}

export class FieldRepetition {
  constructor(
    readonly raw: string,
    private readonly components: string[][],
    private readonly d: Delimiters,
  ) {}

  get(component = 1, subcomponent = 1): string {
    return unescapeHl7(this.components[component - 1]?.[subcomponent - 1] ?? '', this.d);
  }

  /** All subcomponents of a component, unescaped. */
  subcomponents(component: number): string[] {
    return (this.components[component - 1] ?? ['']).map((s) => unescapeHl7(s, this.d));
  }

  get componentCount(): number {
    return this.components.length;
  }
}

export interface Hl7Message {
  delimiters: Delimiters;
  segments: Segment[];
}

/** Reads the delimiters from the start of an MSH segment; throws when the text is not HL7 v2 ER7. */
export function readDelimiters(text: string): Delimiters {
  if (!text.startsWith('MSH')) throw new Hl7ParseError('message does not start with MSH');
  const field = text.charAt(3);
  const line = text.slice(4, lineEnd(text, 4));
  const encEnd = line.indexOf(field);
  const enc = encEnd < 0 ? line : line.slice(0, encEnd);
  // MSH-2 holds 4 characters (5 from v2.7, the last being the truncation character).
  if (field === '' || enc.length < 4 || enc.length > 5) throw new Hl7ParseError('MSH-2 must hold the 4 encoding characters');
  const d: Delimiters = { field, component: enc[0]!, repetition: enc[1]!, escape: enc[2]!, subcomponent: enc[3]! };
  const all = [d.field, d.component, d.repetition, d.escape, d.subcomponent];
  if (new Set(all).size !== 5) throw new Hl7ParseError('MSH-1/MSH-2 delimiters are not distinct');
  if (all.some((c) => /[A-Za-z0-9\s]/.test(c) || c.charCodeAt(0) < 0x20 || c.charCodeAt(0) > 0x7e)) {
    throw new Hl7ParseError('MSH-1/MSH-2 delimiters must be printable punctuation');
  }
  return d;
}

/** Splits a decoded message into segments. Segments may end with CR, LF or CRLF; blank lines are skipped. */
export function parseHl7(text: string): Hl7Message {
  // Only what rawMshLine also skips (BOM, space, tab, CR, LF), so the header read from bytes and from text agree.
  let start = 0;
  while (start < text.length && LEADING_NOISE.has(text.charCodeAt(start))) start++;
  const body = start === 0 ? text : text.slice(start);
  const delimiters = readDelimiters(body);
  const segments: Segment[] = [];
  // Lines end at CRLF, CR or LF. The next CR and LF positions are kept, so a long message is scanned once.
  let cr = body.indexOf('\r');
  let lf = body.indexOf('\n');
  for (let pos = 0; pos <= body.length; ) {
    if (cr >= 0 && cr < pos) cr = body.indexOf('\r', pos);
    if (lf >= 0 && lf < pos) lf = body.indexOf('\n', pos);
    const end = cr < 0 ? (lf < 0 ? body.length : lf) : lf < 0 ? cr : Math.min(cr, lf);
    const line = body.slice(pos, end);
    if (line.trim() !== '') segments.push(splitSegment(line, delimiters));
    pos = end === cr && lf === cr + 1 ? end + 2 : end + 1;
  }
  return { delimiters, segments };
}

/** BOM, space, tab, CR, LF. */
const LEADING_NOISE = new Set([0xfeff, 0x20, 0x09, 0x0d, 0x0a]);

/** Index of the first CR or LF at or after `from` (the text's length when none). */
function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d || c === 0x0a) return i;
  }
  return text.length;
}

function splitSegment(line: string, d: Delimiters): Segment {
  const parts = line.split(d.field);
  const name = parts[0] ?? '';
  if (name === 'MSH') {
    // fields[1] is the separator itself, fields[2] the encoding characters.
    return new Segment(name, ['MSH', d.field, ...parts.slice(1)], d);
  }
  return new Segment(name, parts, d);
}

/** Unescapes \F\ \S\ \T\ \R\ \E\ \Xhh..\ \.br\; highlighting (\H\ \N\) is dropped; unknown sequences stay as written. */
export function unescapeHl7(value: string, d: Delimiters): string {
  const esc = d.escape;
  if (!value.includes(esc)) return value;
  let out = '';
  let i = 0;
  while (i < value.length) {
    const start = value.indexOf(esc, i);
    if (start < 0) break;
    const end = value.indexOf(esc, start + 1);
    if (end < 0) break;
    out += value.slice(i, start);
    out += translateEscape(value.slice(start + 1, end), d) ?? value.slice(start, end + 1);
    i = end + 1;
  }
  return out + value.slice(i);
}

function translateEscape(seq: string, d: Delimiters): string | undefined {
  switch (seq) {
    case 'F': return d.field;
    case 'S': return d.component;
    case 'T': return d.subcomponent;
    case 'R': return d.repetition;
    case 'E': return d.escape;
    case 'H': case 'N': return '';
    case '.br': return '\n';
    default:
      if (/^X([0-9A-Fa-f]{2})+$/.test(seq)) return new TextDecoder('utf-8').decode(Buffer.from(seq.slice(1), 'hex'));
      return undefined;
  }
}

/** Escapes text for a field value (the inverse of unescapeHl7); newlines become \.br\. */
export function escapeHl7(value: string, d: Delimiters = STANDARD_DELIMITERS): string {
  const e = d.escape;
  if (!needsEscape(value, d)) return value;
  let out = '';
  for (const ch of value) {
    if (ch === e) out += `${e}E${e}`;
    else if (ch === d.field) out += `${e}F${e}`;
    else if (ch === d.component) out += `${e}S${e}`;
    else if (ch === d.subcomponent) out += `${e}T${e}`;
    else if (ch === d.repetition) out += `${e}R${e}`;
    else if (ch === '\n') out += `${e}.br${e}`;
    else if (ch === '\r') continue;
    else out += ch;
  }
  return out;
}

/** Whether escapeHl7 would change the value: most values (codes, numbers, names) hold no delimiter. */
function needsEscape(value: string, d: Delimiters): boolean {
  const { escape: e, field: f, component: c, subcomponent: s, repetition: r } = d;
  if (e.length !== 1 || f.length !== 1 || c.length !== 1 || s.length !== 1 || r.length !== 1) return true;
  const ce = e.charCodeAt(0);
  const cf = f.charCodeAt(0);
  const cc = c.charCodeAt(0);
  const cs = s.charCodeAt(0);
  const cr = r.charCodeAt(0);
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    if (ch === 0x0a || ch === 0x0d || ch === ce || ch === cf || ch === cc || ch === cs || ch === cr) return true;
  }
  return false;
}
