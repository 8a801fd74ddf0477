/** 50,000 mutated messages (byte flips, truncation, delimiter swaps, random/huge/dropped/duplicated segments). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messagePool, mutate, mutationArb, throughMllp } from './fuzz-support';

const RUNS = 50_000;

describe('fuzz: mutated messages through MLLP decode → handleMessage', () => {
  const pool = messagePool();

  it('unmodified pool messages are all accepted', () => {
    for (const bytes of pool) expect(throughMllp(bytes, 1).map((r) => r.outcome)).toEqual(['AA']);
  });

  it(`${RUNS} mutated messages: never throw or hang, and answer with a consistent ACK`, () => {
    let handled = 0;
    const outcomes = { AA: 0, AE: 0, AR: 0 };
    const started = performance.now();
    fc.assert(
      fc.property(fc.nat(pool.length - 1), fc.array(mutationArb, { minLength: 1, maxLength: 4 }), fc.nat(), (index, mutations, chunkSeed) => {
        const bytes = mutations.reduce((b, m) => mutate(b, m), pool[index]!);
        for (const r of throughMllp(bytes, chunkSeed)) {
          handled++;
          outcomes[r.outcome]++;
        }
      }),
      { numRuns: RUNS },
    );
    const seconds = (performance.now() - started) / 1000;
    console.info(`fuzz-mutations: ${RUNS} inputs, ${handled} frames, ${JSON.stringify(outcomes)}, ${seconds.toFixed(1)} s`);
    // Most mutations break something; a run where nearly all pass would mean the mutations do nothing.
    expect(outcomes.AE + outcomes.AR).toBeGreaterThan(RUNS * 0.3);
    expect(outcomes.AA).toBeGreaterThan(RUNS * 0.05);
  }, 600_000); // generous: the machine is shared; per-message bounds are the real check
});
