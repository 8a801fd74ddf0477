import { chinaDate, weekday } from '../../utils/china-time';

/** How far ahead a department-wide waitlist can look (the booking window is two weeks). */
export const WINDOW_DAYS = 14;
/** The server takes at most 7 dates per entry (contracts: waitlistJoinSchema). */
export const MAX_DAYS = 7;

/** The next `count` days in China time, today first, as YYYY-MM-DD. */
export function nextDays(now: number, count = WINDOW_DAYS): string[] {
  return Array.from({ length: count }, (_, i) => chinaDate(i, now));
}

/**
 * Adds or removes `date`; a day beyond `max` is refused (the list comes back unchanged) so the patient
 * is told instead of hearing a 400 from the server. The result is kept in date order.
 */
export function toggleDay(selected: readonly string[], date: string, max = MAX_DAYS): { days: string[]; refused: boolean } {
  if (selected.includes(date)) return { days: selected.filter((d) => d !== date), refused: false };
  if (selected.length >= max) return { days: [...selected], refused: true };
  return { days: [...selected, date].sort(), refused: false };
}

/** Days that have rolled into the past since the page opened are dropped before sending. */
export const stillAhead = (selected: readonly string[], today: string) => selected.filter((d) => d >= today);

export type JoinProblem = 'patient' | 'days' | null;

/** What still stops the 加入候补 button, as a message key suffix. */
export function joinProblem(patientId: string | null, days: readonly string[]): JoinProblem {
  if (!patientId) return 'patient';
  if (days.length === 0) return 'days';
  return null;
}

export type DayName = 'today' | 'tomorrow' | `week.${0 | 1 | 2 | 3 | 4 | 5 | 6}`;

/** 今天 / 明天, else the weekday's message key (week.0 = 周日), for the day chip's first line. */
export function dayName(date: string, today: string, tomorrow: string): DayName {
  if (date === today) return 'today';
  if (date === tomorrow) return 'tomorrow';
  return `week.${weekday(date) as 0 | 1 | 2 | 3 | 4 | 5 | 6}`;
}
