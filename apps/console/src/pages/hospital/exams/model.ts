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
  /** Places taken: the capacity less what is still bookable. */
  booked: number;
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

/** One row per package or vaccine, one cell per date of the window. */
export function offerRows(items: readonly { id: string; name: string; active: boolean; days: readonly DayAvailability[] }[], dates: readonly string[]): OfferRow[] {
  return items.map((item) => {
    const cells: Record<string, DayCell | null> = {};
    const totals = { capacity: 0, booked: 0 };
    for (const date of dates) {
      const day = item.days.find((d) => d.date === date);
      const cell = day ? { capacity: day.capacity, remaining: day.remaining, booked: Math.max(0, day.capacity - day.remaining) } : null;
      cells[date] = cell;
      if (cell) {
        totals.capacity += cell.capacity;
        totals.booked += cell.booked;
      }
    }
    return { id: item.id, name: item.name, active: item.active, cells, totals };
  });
}

export type CellTone = 'closed' | 'full' | 'busy' | 'open';

/** Full when nothing is left; busy from 80 % taken, so the admin sees a day filling up before it is full. */
export function cellTone(cell: DayCell | null): CellTone {
  if (!cell || cell.capacity === 0) return 'closed';
  if (cell.remaining === 0) return 'full';
  return cell.booked / cell.capacity >= 0.8 ? 'busy' : 'open';
}
