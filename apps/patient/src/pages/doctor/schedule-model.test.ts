import type { ClinicSession } from '@xinglin/contracts';
import { describe, expect, it } from 'vitest';
import { dayState } from './schedule-model';

const s = (over: Partial<ClinicSession>): ClinicSession => ({
  id: 'x', doctorId: 'd', date: '2026-03-02', period: 'morning', level: 'general', feeFen: 500, status: 'open',
  releaseAt: '2026-02-25T00:00:00.000Z', released: true, capacity: 10, remaining: 3, slots: [], ...over,
});

describe('dayState', () => {
  it('reads 有号 / 约满 / 未放号 / 停诊', () => {
    expect(dayState([])).toBe('none');
    expect(dayState([s({})])).toBe('available');
    expect(dayState([s({ remaining: 0 })])).toBe('full');
    expect(dayState([s({ released: false })])).toBe('unreleased');
    expect(dayState([s({ status: 'stopped' })])).toBe('stopped');
  });
});
