/** OBX → Observation: value types, units, reference ranges, flags. Throws Hl7Problem (AE) on bad content. */
import type { AbnormalFlag, Observation, ValueType } from './model';
import { unescapeHl7, type Segment } from './parser';
import { contentError, ERROR_CODES } from './problem';
import { parseReferenceRange } from './range';
import { hl7ToIso } from './timestamp';

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const KNOWN_FLAGS = new Set<AbnormalFlag>(['H', 'L', 'HH', 'LL', 'A', 'N']);

export interface ObxContext {
  /** Occurrence of this OBX in the message, for error locations. */
  sequence: number;
  position: number;
}

/** The coded identity of an OBX-3 (CE / CWE): code, text, system. */
export function obxIdentity(obx: Segment): { code: string; name: string; codeSystem?: string } {
  const code = obx.get(3, 1).trim();
  const name = obx.get(3, 2).trim();
  const codeSystem = obx.get(3, 3).trim() || undefined;
  return { code: code || name, name: name || code, codeSystem };
}

/** `id` is obxIdentity(obx), passed in when the caller already has it. */
export function mapObservation(obx: Segment, ctx: ObxContext, id = obxIdentity(obx)): Observation {
  const where = (field: number) => ({ segment: 'OBX', sequence: ctx.sequence, field });
  if (!id.code) throw contentError(ERROR_CODES.requiredFieldMissing, 'OBX-3 observation identifier is empty', where(3));
  const rawType = obx.get(2).trim().toUpperCase();
  const valueType = normaliseType(rawType);
  const hasValue = obx.raw(5) !== '';
  if (!rawType && hasValue) throw contentError(ERROR_CODES.requiredFieldMissing, 'OBX-2 value type is empty but OBX-5 has a value', where(2));
  const rendered = renderValue(obx, valueType);
  if (rendered.error) throw contentError(ERROR_CODES.dataTypeError, `OBX-5 ${rendered.error}`, where(5));
  const setId = Number.parseInt(obx.get(1), 10);
  const referenceRange = obx.get(7).trim() || undefined;
  const range = referenceRange ? parseReferenceRange(referenceRange) : {};
  const observedAt = obxTime(obx, ctx.sequence);
  return {
    seq: Number.isFinite(setId) && setId > 0 ? setId : ctx.position,
    valueType,
    code: id.code,
    name: id.name,
    codeSystem: id.codeSystem,
    value: rendered.value,
    numeric: rendered.numeric,
    comparator: rendered.comparator,
    unit: obx.get(6, 1).trim() || obx.get(6, 2).trim() || undefined,
    referenceRange,
    referenceLow: range.low,
    referenceHigh: range.high,
    flags: mapFlags(obx.repetitions(8).map((r) => r.get(1))),
    status: obx.get(11).trim() || undefined,
    observedAt,
    notes: [],
  };
}

/** OBX-14 (or OBX-19, analysis time) as ISO 8601; throws AE when present but invalid. */
export function obxTime(obx: Segment, sequence: number): string | undefined {
  const field = obx.get(14).trim() ? 14 : 19;
  const raw = obx.get(field).trim();
  if (!raw) return undefined;
  const iso = hl7ToIso(raw);
  if (!iso) throw contentError(ERROR_CODES.dataTypeError, `OBX-${field} "${raw.slice(0, 40)}" is not a valid timestamp`, { segment: 'OBX', sequence, field });
  return iso;
}

/** FT is formatted text: we keep it as TX. Types we do not model (DT, TS, ED ...) are kept as their text. */
function normaliseType(t: string): ValueType {
  if (t === 'NM' || t === 'ST' || t === 'TX' || t === 'CE' || t === 'CWE' || t === 'SN') return t;
  if (t === 'FT') return 'TX';
  return 'ST';
}

interface Rendered {
  value: string;
  numeric?: number;
  comparator?: string;
  error?: string;
}

function renderValue(obx: Segment, type: ValueType): Rendered {
  const reps = obx.repetitions(5);
  switch (type) {
    case 'NM': {
      const text = reps[0]?.get(1).trim() ?? '';
      if (text === '') return { value: '' };
      if (!NUMBER.test(text)) return { value: text, error: `"${text}" is not a number (NM)` };
      return { value: text, numeric: Number(text) };
    }
    case 'SN':
      return renderSn(reps[0]?.get(1).trim() ?? '', reps[0]?.get(2).trim() ?? '', reps[0]?.get(3).trim() ?? '', reps[0]?.get(4).trim() ?? '');
    case 'CE':
    case 'CWE':
      return { value: reps.map((r) => (r.get(2).trim() || r.get(1).trim())).filter(Boolean).join('; ') };
    case 'ST':
    case 'TX':
      // Repetitions of free text are lines; an unescaped ^ or & in text is kept as written.
      return { value: reps.map((r) => unescapeHl7(r.raw, obx.delimiters)).join('\n') };
  }
}

/** SN: comparator ^ num1 ^ separator/suffix ^ num2, e.g. >^10, ^1^:^128, ^2.5. */
function renderSn(comparator: string, num1: string, separator: string, num2: string): Rendered {
  if (num1 && !NUMBER.test(num1)) return { value: num1, error: `SN number "${num1}" is not numeric` };
  if (num2 && !NUMBER.test(num2)) return { value: num2, error: `SN number "${num2}" is not numeric` };
  if (comparator && !['>', '<', '>=', '<=', '=', '<>'].includes(comparator)) {
    return { value: comparator, error: `SN comparator "${comparator}" is not one of > < >= <= = <>` };
  }
  const value = `${comparator}${num1}${separator}${num2}`;
  if (!num1) return { value, comparator: comparator || undefined };
  // A ratio or range (1:128, 2-5) has no single numeric value.
  const numeric = num2 ? undefined : Number(num1);
  return { value, numeric, comparator: comparator || undefined };
}

/** Table 0078: known flags kept; any other non-empty flag means "abnormal". */
export function mapFlags(raw: string[]): AbnormalFlag[] {
  const out: AbnormalFlag[] = [];
  for (const r of raw) {
    const f = r.trim().toUpperCase();
    if (!f) continue;
    const flag: AbnormalFlag = KNOWN_FLAGS.has(f as AbnormalFlag) ? (f as AbnormalFlag) : 'A';
    if (!out.includes(flag)) out.push(flag);
  }
  return out;
}
