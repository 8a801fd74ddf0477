import type { QueueEntry } from '@xinglin/contracts';

export const REFRESH_MS = 15_000;

/** Which buttons a row offers: done for the one being seen, no-show for whoever was called or is waiting. */
export function rowActions(status: QueueEntry['status']): { done: boolean; noShow: boolean } {
  return { done: status === 'called', noShow: status === 'called' || status === 'checked_in' };
}

/** Waiting patients first (by number), then the rest (by number): the doctor's eye goes to the top. */
export function orderEntries(entries: readonly QueueEntry[]): QueueEntry[] {
  const rank = (e: QueueEntry) => (e.status === 'called' ? 0 : e.status === 'checked_in' ? 1 : e.status === 'confirmed' ? 2 : 3);
  return [...entries].sort((a, b) => rank(a) - rank(b) || a.visitNo - b.visitNo);
}
