import type { Booking } from '@xinglin/contracts';

export const isActive = (b: Booking) => b.status === 'held' || b.status === 'confirmed';

/** Upcoming (held/confirmed, today or later) soonest first, then the rest newest first. */
export function sortBookings(items: readonly Booking[], today: string): Booking[] {
  const upcoming = (b: Booking) => isActive(b) && b.date >= today;
  return [...items].sort((a, b) => {
    const ua = upcoming(a);
    const ub = upcoming(b);
    if (ua !== ub) return ua ? -1 : 1;
    if (ua) return a.date.localeCompare(b.date) || a.visitNo - b.visitNo;
    return b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);
  });
}
