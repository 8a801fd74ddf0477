import type { BookingDayStats } from '@xinglin/contracts';
import { between, count } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { addDays } from '../schedule/domain';
import { bookings } from './tables';

type Counts = Omit<BookingDayStats, 'date' | 'noShowRate'> & { attended: number };

const ZERO: Counts = { booked: 0, cancelled: 0, stopped: 0, noShows: 0, completed: 0, waitlistOffers: 0, attended: 0 };
const ATTENDED = ['checked_in', 'called', 'completed'];
/** A lapsed unpaid hold never took a place; a transferred booking lives on as the recipient's new one. */
const NOT_A_PLACE = ['expired', 'transferred'];

/** Counts per visit day and status in one grouped query over the bookings of the range. */
export async function countsByDay(tx: Executor, from: string, to: string): Promise<Map<string, Counts>> {
  const rows = await tx
    .select({ date: bookings.date, status: bookings.status, origin: bookings.origin, n: count() })
    .from(bookings)
    .where(between(bookings.date, from, to))
    .groupBy(bookings.date, bookings.status, bookings.origin);
  const days = new Map<string, Counts>();
  for (const r of rows) {
    const c = days.get(r.date) ?? { ...ZERO };
    const n = Number(r.n);
    if (!NOT_A_PLACE.includes(r.status)) c.booked += n;
    if (r.status === 'cancelled') c.cancelled += n;
    if (r.status === 'stopped') c.stopped += n;
    if (r.status === 'no_show') c.noShows += n;
    if (r.status === 'completed') c.completed += n;
    if (ATTENDED.includes(r.status)) c.attended += n;
    if (r.origin === 'waitlist') c.waitlistOffers += n;
    days.set(r.date, c);
  }
  return days;
}

export const rate = (noShows: number, attended: number) => (noShows + attended === 0 ? null : Math.round((noShows / (noShows + attended)) * 10_000) / 10_000);

/** Every day of the range, empty days included, so charts keep their axis. */
export function fillDays(from: string, to: string, counts: Map<string, Counts>): BookingDayStats[] {
  const out: BookingDayStats[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const { attended, ...c } = counts.get(d) ?? ZERO;
    out.push({ date: d, ...c, noShowRate: rate(c.noShows, attended) });
  }
  return out;
}

export function totalsOf(counts: Map<string, Counts>): Omit<BookingDayStats, 'date'> {
  const sum = { ...ZERO };
  for (const c of counts.values()) for (const k of Object.keys(sum) as (keyof Counts)[]) sum[k] += c[k];
  const { attended, ...rest } = sum;
  return { ...rest, noShowRate: rate(rest.noShows, attended) };
}
