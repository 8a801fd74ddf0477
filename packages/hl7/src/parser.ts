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
  /** Field n split into repetitions → components → subcomponents (still escaped), built on first read. */
  private readonly split: (string[][][] | undefined)[] = [];

  constructor(
    readonly name: string,
    readonly fields: readonly string[],
    readonly delimiters: Delimiters,
  ) {}

  /** Raw (still escaped) text of field n, '' when absent. */
  raw(n: number): string {
    return this.fields[n] ?? '';
  }

  /** Every repetition of field n; MSH-1/MSH-2 are never split. */
  repetitions(n: number): FieldRepetition[] {
    if (this.raw(n) === '') return [];
    const reps = this.structure(n);
    const raws = this.isDelimiterField(n) ? [this.raw(n)] : this.raw(n).split(this.delimiters.repetition);
    return reps.map((comps, i) => new FieldRepetition(raws[i]!, comps, this.delimiters));
  }

  /** Unescaped component/subcomponent of the first repetition of field n ('' when absent). */
  get(n: number, component = 1, subcomponent = 1): string {
    const value = this.structure(n)[0]?.[component - 1]?.[subcomponent - 1] ?? '';
    return this.isDelimiterField(n) ? value : unescapeHl7(value, this.delimiters);
  }

  private isDelimiterField(n: number): boolean {
    return this.name === 'MSH' && n <= 2;
  }

  private structure(n: number): string[][][] {
    let s = this.split[n];
    if (!s) {
      const raw = this.raw(n);
      // MSH-1 and MSH-2 hold the delimiters themselves.
      s = this.isDelimiterField(n) ? [[[raw]]] : splitField(raw, this.delimiters);
      this.split[n] = s;
    }
    return s;
  }
}

function splitField(raw: string, d: Delimiters): string[][][] {
  // Most fields are plain values: skip building three levels of arrays for them.
  if (!raw.includes(d.component) && !raw.includes(d.repetition) && !raw.includes(d.subcomponent)) return [[[raw]]];
  return raw.split(d.repetition).map((rep) => rep.split(d.component).map((comp) => comp.split(d.subcomponent)));
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
  const line = text.slice(4).split(/[\r\n]/, 1)[0] ?? '';
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
  const body = text.replace(/^[\uFEFF \t\r\n]+/, '');
  const delimiters = readDelimiters(body);
  const segments: Segment[] = [];
  for (const line of body.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') continue;
    segments.push(splitSegment(line, delimiters));
  }
  return { delimiters, segments };
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
