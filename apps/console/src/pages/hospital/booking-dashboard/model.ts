import type { BookingDayStats } from '@xinglin/contracts';

/** "12.5%" or "—" when nobody was due yet. */
export const percent = (rate: number | null) => (rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`);

/** Bar heights as a share of the busiest day (0 when the range is empty), so the chart fills its box. */
export function barHeights(days: readonly BookingDayStats[]): number[] {
  const max = Math.max(0, ...days.map((d) => d.booked));
  return days.map((d) => (max === 0 ? 0 : d.booked / max));
}

/** Cancelled share of booked places: the other number the front desk watches. */
export const cancelRate = (d: Pick<BookingDayStats, 'booked' | 'cancelled'>) => (d.booked === 0 ? null : d.cancelled / d.booked);
