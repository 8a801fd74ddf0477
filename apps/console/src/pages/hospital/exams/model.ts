import type { DayAvailability } from './service';

/** The server opens bookings from tomorrow for this many days (exams/domain BOOKING_WINDOW_DAYS). */
export const WINDOW_DAYS = 14;
const CHINA_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

/** Tomorrow and the following days, as China calendar dates, whatever zone the browser is in. */
export function windowDates(now: Date, days = WINDOW_DAYS): string[] {
  const today = Date.parse(new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10) + 'T00:00:00Z');
  return Array.from({ length: days }, (_, i) => new Date(today + (i + 1) * DAY_MS).toISOString().slice(0, 10));
}

export interface DayCell {
  capacity: number;
  /** Places taken, as the capacity row counts them. */
  booked: number;
  /** What patients can still book: may be less than capacity − booked when the centre's total runs out first. */
  remaining: number;
}

export interface OfferRow {
  id: string;
  name: string;
  active: boolean;
  /** date → that day's places, or null when the day is not open for this offer. */
  cells: Record<string, DayCell | null>;
  totals: { capacity: number; booked: number };
}

/** One capacity row as the admin reads it; id is the package's or vaccine's, null for the exam centre's total. */
export interface CapacityCount {
  id: string | null;
  date: string;
  capacity: number;
  booked: number;
}

/** The id given to the exam centre's row in the grid (no package has it). */
export const CENTRE_ROW_ID = 'centre';

function row(id: string, name: string, active: boolean, dates: readonly string[], cellOf: (date: string) => DayCell | null): OfferRow {
  const cells: Record<string, DayCell | null> = {};
  const totals = { capacity: 0, booked: 0 };
  for (const date of dates) {
    const cell = cellOf(date);
    cells[date] = cell;
    if (cell) {
      totals.capacity += cell.capacity;
      totals.booked += cell.booked;
    }
  }
  return { id, name, active, cells, totals };
}

/**
 * One row per package or vaccine, one cell per date of the window. Booked comes from the capacity rows; without
 * one (an older read) it falls back to places − remaining.
 */
export function offerRows(
  items: readonly { id: string; name: string; active: boolean; days: readonly DayAvailability[] }[],
  dates: readonly string[],
  counts: readonly CapacityCount[] = [],
): OfferRow[] {
  return items.map((item) =>
    row(item.id, item.name, item.active, dates, (date) => {
      const day = item.days.find((d) => d.date === date);
      const count = counts.find((c) => c.id === item.id && c.date === date);
      if (count) return { capacity: count.capacity, booked: count.booked, remaining: day?.remaining ?? Math.max(0, count.capacity - count.booked) };
      return day ? { capacity: day.capacity, remaining: day.remaining, booked: Math.max(0, day.capacity - day.remaining) } : null;
    }),
  );
}

/** The exam centre's daily total shared by every package (the rows with no package); null on days without one. */
export function centreRow(counts: readonly CapacityCount[], dates: readonly string[], name: string): OfferRow {
  return row(CENTRE_ROW_ID, name, true, dates, (date) => {
    const c = counts.find((x) => x.id === null && x.date === date);
    return c ? { capacity: c.capacity, booked: c.booked, remaining: Math.max(0, c.capacity - c.booked) } : null;
  });
}

export type CellTone = 'closed' | 'full' | 'busy' | 'open';

/** Full when nothing is left; busy from 80 % taken, so the admin sees a day filling up before it is full. */
export function cellTone(cell: DayCell | null): CellTone {
  if (!cell || cell.capacity === 0) return 'closed';
  if (cell.remaining === 0) return 'full';
  return cell.booked / cell.capacity >= 0.8 ? 'busy' : 'open';
}
