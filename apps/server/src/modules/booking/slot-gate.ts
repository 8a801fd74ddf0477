/**
 * Lets at most `width` bookings of one slot run at a time in this process; the others wait here, in memory.
 *
 * Why: every booking of a slot ends on the same row (the conditional update of its places), where PostgreSQL lets
 * them through one at a time anyway. Without the gate, a release-time rush parks a whole connection pool on that
 * row lock, and requests that need no lock at all (signing in, "sold out" answers, other clinics) queue behind
 * it. With it, one booking holds the row while the next prepares (width 2), and whoever waits here is answered
 * from the sold-out memory the moment the places are gone. The database still decides who gets a place: the
 * gate only shapes the queue, per process, so several server copies each add at most `width` to the row's line.
 */
export function slotGate(width = 2) {
  const lanes = new Map<string, { running: number; waiting: (() => void)[] }>();
  return async function through<T>(slotId: string, work: () => Promise<T>): Promise<T> {
    let lane = lanes.get(slotId);
    if (!lane) {
      lane = { running: 0, waiting: [] };
      lanes.set(slotId, lane);
    }
    const mine = lane;
    if (mine.running < width) mine.running++;
    else await new Promise<void>((resolve) => mine.waiting.push(resolve));
    try {
      return await work();
    } finally {
      // Hand the place straight to the next in line; the lane closes when nobody runs or waits.
      const next = mine.waiting.shift();
      if (next) next();
      else if (--mine.running === 0) lanes.delete(slotId);
    }
  };
}
