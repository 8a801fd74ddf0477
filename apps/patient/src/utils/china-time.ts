/** The hospital runs on China time (UTC+8, no daylight saving), whatever the phone's time zone. */
const OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

const shifted = (iso: string | number) => new Date(new Date(iso).getTime() + OFFSET_MS);

/** YYYY-MM-DD in China time, `offsetDays` from today. */
export function chinaDate(offsetDays = 0, now = Date.now()): string {
  return shifted(now + offsetDays * DAY_MS).toISOString().slice(0, 10);
}

/** HH:mm in China time. */
export function chinaTime(iso: string): string {
  const d = shifted(iso);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** MM-DD HH:mm in China time. */
export function chinaMonthDayTime(iso: string): string {
  const d = shifted(iso);
  return `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${chinaTime(iso)}`;
}

/** 0 (Sunday) … 6 of a YYYY-MM-DD date. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export const yuan = (fen: number) => (fen / 100).toFixed(fen % 100 === 0 ? 0 : 2);
