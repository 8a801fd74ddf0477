import dayjs from 'dayjs';

/**
 * Display formats shared by the tables (tested in format.test.ts). Times are shown in the
 * browser's zone, 24-hour, the same in both languages, so an auditor can compare rows at a glance.
 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = dayjs(iso);
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm:ss') : '—';
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = dayjs(iso);
  return d.isValid() ? d.format('YYYY-MM-DD') : '—';
}

/** Whole calendar days from `now` until `iso` (0 = today, negative = past). */
export function daysUntil(iso: string, now: Date = new Date()): number {
  return dayjs(iso).startOf('day').diff(dayjs(now).startOf('day'), 'day');
}

/** The first 8 characters of a UUID, enough to tell rows apart; the full value is in the details. */
export function shortId(id: string | null | undefined): string {
  if (!id) return '—';
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}
