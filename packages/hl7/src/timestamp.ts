/** HL7 DTM/TS values to ISO 8601. Senders in China rarely give an offset; we then assume Beijing time. */

export const DEFAULT_OFFSET = '+08:00';

/**
 * "20240105083000" → "2024-01-05T08:30:00+08:00"; "200808151030-0700" → "2008-08-15T10:30:00-07:00".
 * Missing parts default to their start (a date alone is midnight). Returns undefined for anything invalid.
 * The grammar is YYYY[MM[DD[HH[MM[SS]]]]][.S[S[S[S]]]][+/-ZZZZ], read character by character (once per timestamp
 * of every OBX: a regular expression and a Date per value showed in the profile).
 */
export function hl7ToIso(value: string, defaultOffset = DEFAULT_OFFSET): string | undefined {
  // A message's OBX usually share one analysis time: the last answer is kept.
  if (value === last.value && defaultOffset === last.defaultOffset) return last.iso;
  const iso = readTimestamp(value, defaultOffset);
  last = { value, defaultOffset, iso };
  return iso;
}

let last: { value: string; defaultOffset: string; iso: string | undefined } = { value: '', defaultOffset: '', iso: undefined };

function readTimestamp(value: string, defaultOffset: string): string | undefined {
  const v = value.trim();
  const digits = digitRun(v, 0);
  if (digits < 4 || digits > 14 || digits % 2 !== 0) return undefined;
  let i = digits;
  let fraction = '';
  if (v.charCodeAt(i) === 0x2e) {
    const n = digitRun(v, i + 1);
    if (n < 1 || n > 4) return undefined;
    fraction = `.${v.slice(i + 1, i + 1 + n).padEnd(3, '0').slice(0, 3)}`;
    i += 1 + n;
  }
  let offset = defaultOffset;
  if (i < v.length) {
    const sign = v.charCodeAt(i);
    if ((sign !== 0x2b && sign !== 0x2d) || v.length - i !== 5 || digitRun(v, i + 1) !== 4) return undefined;
    if (twoDigits(v, i + 1) > 14 || twoDigits(v, i + 3) > 59) return undefined;
    offset = `${v.slice(i, i + 3)}:${v.slice(i + 3)}`;
  }
  const y = v.slice(0, 4);
  const mo = digits > 4 ? v.slice(4, 6) : '01';
  const d = digits > 6 ? v.slice(6, 8) : '01';
  const h = digits > 8 ? v.slice(8, 10) : '00';
  const mi = digits > 10 ? v.slice(10, 12) : '00';
  const s = digits > 12 ? v.slice(12, 14) : '00';
  if (!validDate(Number(y), Number(mo), Number(d))) return undefined;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${fraction}${offset}`;
}

/** How many ASCII digits start at `from`. */
function digitRun(v: string, from: number): number {
  let i = from;
  while (i < v.length && v.charCodeAt(i) >= 0x30 && v.charCodeAt(i) <= 0x39) i++;
  return i - from;
}

function twoDigits(v: string, at: number): number {
  return (v.charCodeAt(at) - 0x30) * 10 + (v.charCodeAt(at + 1) - 0x30);
}

/** "19870711" (or a longer TS) → "1987-07-11"; undefined when invalid. */
export function hl7ToDate(value: string): string | undefined {
  const trimmed = value.trim();
  // At least a full date, and the whole value (time, offset) must be a valid timestamp.
  if (digitRun(trimmed, 0) < 8 || !hl7ToIso(trimmed)) return undefined;
  return `${trimmed.slice(0, 4)}-${trimmed.slice(4, 6)}-${trimmed.slice(6, 8)}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1800 || m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]!);
}

/** A Date as an HL7 DTM in the given offset (minutes east of UTC), e.g. 20240105083000+0800. */
export function toHl7Timestamp(date: Date, offsetMinutes = 480): string {
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return (
    `${p(local.getUTCFullYear(), 4)}${p(local.getUTCMonth() + 1)}${p(local.getUTCDate())}` +
    `${p(local.getUTCHours())}${p(local.getUTCMinutes())}${p(local.getUTCSeconds())}${sign}${p(Math.floor(abs / 60))}${p(abs % 60)}`
  );
}
