// QIDO-RS matching (PS3.18 §8.3.4, with the matching rules of PS3.4 §C.2.2.2): single value,
// wildcard (* and ?), UID lists, and date ranges. Enough for a patient's studies, not a full PACS.
import { TAG, type DicomJsonDataset, type DicomJsonElement } from '../dicom-json';

export interface QidoQuery {
  /** Tag (8 hex digits) → requested value. */
  match: Map<string, string>;
  limit?: number;
  offset: number;
}

/** Query parameters that are not match keys; accepted and, except limit/offset, ignored. */
const CONTROL_PARAMS = new Set(['limit', 'offset', 'includefield', 'fuzzymatching']);

const byKeyword = new Map<string, string>(Object.entries(TAG));

/** A query key as keyword ("PatientID") or tag ("00100020"); undefined when unknown. */
export function tagOf(key: string): string | undefined {
  if (/^[0-9a-fA-F]{8}$/.test(key)) return key.toUpperCase();
  return byKeyword.get(key);
}

export type ParsedQuery = { ok: true; query: QidoQuery } | { ok: false; message: string };

function nonNegativeInt(value: string): number | undefined {
  return /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}

export function parseQidoQuery(params: URLSearchParams, supportedTags: ReadonlySet<string>): ParsedQuery {
  const match = new Map<string, string>();
  let limit: number | undefined;
  let offset = 0;
  for (const [key, value] of params) {
    if (key === 'limit' || key === 'offset') {
      const n = nonNegativeInt(value);
      if (n === undefined) return { ok: false, message: `${key} must be a non-negative integer` };
      if (key === 'limit') limit = n;
      else offset = n;
      continue;
    }
    if (CONTROL_PARAMS.has(key)) continue;
    const tag = tagOf(key);
    if (!tag || !supportedTags.has(tag)) return { ok: false, message: `unsupported query key ${key}` };
    match.set(tag, value);
  }
  return { ok: true, query: { match, limit, offset } };
}

function wildcard(pattern: string, caseInsensitive: boolean): RegExp {
  const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*').replaceAll('?', '.');
  return new RegExp(`^${escaped}$`, caseInsensitive ? 'i' : '');
}

function valueStrings(element: DicomJsonElement | undefined): string[] {
  return (element?.Value ?? []).map((v) =>
    v && typeof v === 'object' && 'Alphabetic' in v ? String((v as { Alphabetic: unknown }).Alphabetic) : String(v),
  );
}

function matchesOne(element: DicomJsonElement | undefined, wanted: string): boolean {
  if (wanted === '' || wanted === '*') return true; // universal matching
  const values = valueStrings(element);
  if (element?.vr === 'UI') {
    const list = wanted.split(/[,\\]/);
    return values.some((v) => list.includes(v));
  }
  if (element?.vr === 'DA' && wanted.includes('-')) {
    const [from = '', to = ''] = wanted.split('-');
    return values.some((v) => (from === '' || v >= from) && (to === '' || v <= to));
  }
  const pattern = wildcard(wanted, element?.vr === 'PN');
  return values.some((v) => pattern.test(v));
}

export function runQuery(results: DicomJsonDataset[], query: QidoQuery): DicomJsonDataset[] {
  const matched = results.filter((ds) => [...query.match].every(([tag, wanted]) => matchesOne(ds[tag], wanted)));
  const end = query.limit === undefined ? undefined : query.offset + query.limit;
  return matched.slice(query.offset, end);
}
