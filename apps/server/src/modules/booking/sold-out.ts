/**
 * A per-process memory of slots just seen full, so that the release-time rush is answered "约满" without a database
 * round trip once the places are gone. Each entry lives at most `ttlMs` (1 s by default).
 *
 * Why a stale "full" is acceptable: copies of the server share nothing but the database, so a cancel on another
 * copy is not seen here until the entry lapses. For at most that second a patient may be told "full" although a
 * place was just freed. A freed place goes first to the waitlist (`offerPlace`), so in a sold-out clinic it is
 * normally taken by the line and never visible to newcomers anyway; if nobody waits, the place is bookable again
 * a second later. It never makes a place appear free: every acceptance still takes the place in the database.
 * A cancel in this process forgets the slot at once.
 */
export interface SoldOutMemory {
  isFull(slotId: string): boolean;
  markFull(slotId: string): void;
  forget(slotId: string): void;
}

// Enough for every slot of a hospital's busiest release; beyond it, lapsed entries are swept before adding more.
const SWEEP_ABOVE = 10_000;

export function soldOutMemory(ttlMs = 1000, clock: () => number = () => performance.now()): SoldOutMemory {
  const until = new Map<string, number>();
  return {
    isFull(slotId) {
      const end = until.get(slotId);
      if (end === undefined) return false;
      if (clock() < end) return true;
      until.delete(slotId);
      return false;
    },
    markFull(slotId) {
      const t = clock();
      if (until.size >= SWEEP_ABOVE) for (const [id, end] of until) if (end <= t) until.delete(id);
      if (until.size < SWEEP_ABOVE) until.set(slotId, t + ttlMs);
    },
    forget(slotId) {
      until.delete(slotId);
    },
  };
}
