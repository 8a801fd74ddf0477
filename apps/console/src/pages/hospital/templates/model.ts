import type { ScheduleTemplate } from './service';

export type Period = ScheduleTemplate['period'];
export type Level = ScheduleTemplate['level'];

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const PERIODS: readonly Period[] = ['morning', 'afternoon', 'evening'];

export interface WeekRow {
  period: Period;
  /** weekday (1 = Monday … 7 = Sunday) → the template there, or null when the doctor has none. */
  cells: Record<number, ScheduleTemplate | null>;
}

/** The week as the grid shows it: one row per period, one cell per weekday. */
export function weekGrid(templates: readonly ScheduleTemplate[]): WeekRow[] {
  return PERIODS.map((period) => ({
    period,
    cells: Object.fromEntries(WEEKDAYS.map((day) => [day, templates.find((t) => t.weekday === day && t.period === period) ?? null])),
  }));
}

/** What the edit form starts from: the cell's template, or a new general clinic of 4 places a slot at ¥5. */
export function draftFor(weekday: number, period: Period, existing: ScheduleTemplate | null): ScheduleTemplate {
  return existing ?? { weekday, period, level: 'general', feeFen: 500, placesPerSlot: 4, active: true };
}

/** Fees are kept in fen (integers); people type yuan. Rounds away floating error (12.3 × 100 = 1229.99…). */
export const yuanToFen = (yuan: number) => Math.round(yuan * 100);
export const fenToYuan = (fen: number) => fen / 100;
export const formatYuan = (fen: number) => `¥${(fen / 100).toFixed(fen % 100 === 0 ? 0 : 2)}`;

export interface WeekSummary {
  /** Half-days the doctor sees patients each week. */
  active: number;
  paused: number;
  /** Places per slot summed over active clinics (a rough weekly volume, per 30-minute slot). */
  placesPerSlot: number;
}

export function weekSummary(templates: readonly ScheduleTemplate[]): WeekSummary {
  const active = templates.filter((t) => t.active);
  return { active: active.length, paused: templates.length - active.length, placesPerSlot: active.reduce((n, t) => n + t.placesPerSlot, 0) };
}
