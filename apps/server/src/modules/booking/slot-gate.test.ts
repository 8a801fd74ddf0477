import { describe, expect, it } from 'vitest';
import { slotGate } from './slot-gate';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('slot gate', () => {
  it('runs at most `width` works of one slot at once, the rest in arrival order', async () => {
    const through = slotGate(2);
    const order: string[] = [];
    let running = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const work = (name: string) => () =>
      new Promise<string>((resolve) => {
        running++;
        most = Math.max(most, running);
        order.push(name);
        releases.push(() => {
          running--;
          resolve(name);
        });
      });
    const all = Promise.all(['a', 'b', 'c', 'd'].map((n) => through('slot', work(n))));
    const other = through('other slot', work('x'));
    await tick();
    expect(order).toEqual(['a', 'b', 'x']); // another slot is not held up
    while (releases.length) {
      releases.shift()!();
      await tick();
    }
    expect(await all).toEqual(['a', 'b', 'c', 'd']);
    expect(await other).toBe('x');
    expect(order).toEqual(['a', 'b', 'x', 'c', 'd']);
    expect(most).toBe(3); // two of 'slot' plus the other slot's one
  });

  it('passes a failure to its caller and lets the next one through', async () => {
    const through = slotGate(1);
    const failed = through('slot', async () => {
      throw new Error('refused');
    });
    const next = through('slot', async () => 'booked');
    await expect(failed).rejects.toThrow('refused');
    expect(await next).toBe('booked');
  });
});
