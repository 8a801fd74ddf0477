import { describe, expect, it } from 'vitest';
import { soldOutMemory } from './sold-out';

describe('sold-out memory', () => {
  it('remembers a full slot only for its time to live', () => {
    let t = 0;
    const memory = soldOutMemory(1000, () => t);
    expect(memory.isFull('a')).toBe(false);
    memory.markFull('a');
    t = 999;
    expect(memory.isFull('a')).toBe(true);
    expect(memory.isFull('b')).toBe(false);
    t = 1000;
    expect(memory.isFull('a')).toBe(false);
  });

  it('forgets a slot at once when a place is freed here', () => {
    const memory = soldOutMemory(1000, () => 0);
    memory.markFull('a');
    memory.forget('a');
    expect(memory.isFull('a')).toBe(false);
  });

  it('stays bounded: lapsed entries make room, live ones are never displaced', () => {
    let t = 0;
    const memory = soldOutMemory(10, () => t);
    for (let i = 0; i < 10_000; i++) memory.markFull(`s${i}`);
    memory.markFull('over');
    expect(memory.isFull('over')).toBe(false); // full of live entries: not remembered, answered from the database
    expect(memory.isFull('s0')).toBe(true);
    t = 20;
    memory.markFull('later');
    expect(memory.isFull('later')).toBe(true);
    expect(memory.isFull('s0')).toBe(false);
  });
});
