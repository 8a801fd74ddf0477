import type { WaitlistEntry } from '@xinglin/contracts';

const ORDER: Record<WaitlistEntry['status'], number> = { offered: 0, waiting: 1, expired: 2, left: 3 };

/** A held place first (it needs paying), then the lines still waiting (nearest the front first), then the ended ones. */
export function sortEntries(items: readonly WaitlistEntry[]): WaitlistEntry[] {
  return [...items].sort(
    (a, b) =>
      ORDER[a.status] - ORDER[b.status] ||
      (a.position ?? Infinity) - (b.position ?? Infinity) ||
      b.createdAt.localeCompare(a.createdAt),
  );
}

/** "03-05、03-06" for a short list of dates; the year is the current one in practice. */
export const shortDates = (dates: readonly string[]) => dates.map((d) => d.slice(5)).join('、');
