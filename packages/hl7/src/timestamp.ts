/** HL7 DTM/TS values to ISO 8601. Senders in China rarely give an offset; we then assume Beijing time. */

export const DEFAULT_OFFSET = '+08:00';

const TS = /^(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:\.(\d{1,4}))?([+-]\d{4})?$/;

/**
 * "20240105083000" → "2024-01-05T08:30:00+08:00"; "200808151030-0700" → "2008-08-15T10:30:00-07:00".
 * Missing parts default to their start (a date alone is midnight). Returns undefined for anything invalid.
 */
export function hl7ToIso(value: string, defaultOffset = DEFAULT_OFFSET): string | undefined {
  const m = TS.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', frac, off] = m;
  if (!validDate(Number(y), Number(mo), Number(d))) return undefined;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined;
  let offset = defaultOffset;
  if (off) {
    const oh = Number(off.slice(1, 3));
    const om = Number(off.slice(3, 5));
    if (oh > 14 || om > 59) return undefined;
    offset = `${off.slice(0, 3)}:${off.slice(3)}`;
  }
  const fraction = frac ? `.${frac.padEnd(3, '0').slice(0, 3)}` : '';
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${fraction}${offset}`;
}

/** "19870711" (or a longer TS) → "1987-07-11"; undefined when invalid. */
export function hl7ToDate(value: string): string | undefined {
  const trimmed = value.trim();
  // At least a full date, and the whole value (time, offset) must be a valid timestamp.
  if (!/^\d{8}/.test(trimmed) || !hl7ToIso(trimmed)) return undefined;
  return `${trimmed.slice(0, 4)}-${trimmed.slice(4, 6)}-${trimmed.slice(6, 8)}`;
}

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1800 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
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
