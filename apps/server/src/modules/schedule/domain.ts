/**
 * 排班与号源: weekly templates become dated clinic sessions, each split into 30-minute slots with a number of
 * places. All clock times are China time (UTC+8, no daylight saving); instants are stored in UTC.
 */
export type Period = 'morning' | 'afternoon' | 'evening';
export type Level = 'general' | 'expert' | 'special';

export const PERIOD_HOURS: Record<Period, { start: string; end: string }> = {
  morning: { start: '08:00', end: '12:00' },
  afternoon: { start: '13:30', end: '17:30' },
  evening: { start: '18:00', end: '21:00' },
};

const CHINA_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

/** The instant of a China-time wall clock (date YYYY-MM-DD, time HH:MM). */
export function chinaInstant(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, d, hh, mm) - CHINA_OFFSET_MS);
}

/** The China calendar date of an instant. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function weekday(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

export interface Template {
  doctorId: string;
  weekday: number;
  period: Period;
  level: Level;
  feeFen: number;
  slotMinutes: number;
  placesPerSlot: number;
}

export interface ReleaseRule {
  /** How many days ahead a session opens… */
  daysAhead: number;
  /** …and at what China time on that day (e.g. 7 days ahead at 08:00). */
  releaseTime: string;
}

export const DEFAULT_RELEASE_RULE: ReleaseRule = { daysAhead: 7, releaseTime: '08:00' };

export function releaseAt(date: string, rule: ReleaseRule): Date {
  return chinaInstant(addDays(date, -rule.daysAhead), rule.releaseTime);
}

export interface PlannedSlot {
  startsAt: Date;
  endsAt: Date;
  capacity: number;
}

export interface PlannedSession {
  doctorId: string;
  date: string;
  period: Period;
  level: Level;
  feeFen: number;
  releaseAt: Date;
  slots: PlannedSlot[];
}

export function slotsFor(date: string, period: Period, slotMinutes: number, places: number): PlannedSlot[] {
  const start = chinaInstant(date, PERIOD_HOURS[period].start).getTime();
  const end = chinaInstant(date, PERIOD_HOURS[period].end).getTime();
  const out: PlannedSlot[] = [];
  for (let t = start; t + slotMinutes * 60_000 <= end; t += slotMinutes * 60_000) {
    out.push({ startsAt: new Date(t), endsAt: new Date(t + slotMinutes * 60_000), capacity: places });
  }
  return out;
}

/** The sessions the templates produce for `days` days from `from` (inclusive). */
export function planSessions(templates: Template[], from: string, days: number, rule: ReleaseRule | ((doctorId: string) => ReleaseRule)): PlannedSession[] {
  const ruleOf = typeof rule === 'function' ? rule : () => rule;
  const out: PlannedSession[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(from, i);
    for (const t of templates.filter((x) => x.weekday === weekday(date))) {
      out.push({ doctorId: t.doctorId, date, period: t.period, level: t.level, feeFen: t.feeFen, releaseAt: releaseAt(date, ruleOf(t.doctorId)), slots: slotsFor(date, t.period, t.slotMinutes, t.placesPerSlot) });
    }
  }
  return out;
}
