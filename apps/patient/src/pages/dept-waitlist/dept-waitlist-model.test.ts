import { describe, expect, it } from 'vitest';
import { MAX_DAYS, dayName, joinProblem, nextDays, stillAhead, toggleDay } from './dept-waitlist-model';

describe('nextDays', () => {
  it('counts 14 days in China time, starting from the China date even late in the UTC evening', () => {
    // 2026-03-01 17:00 UTC is already 2026-03-02 01:00 in China.
    const days = nextDays(Date.parse('2026-03-01T17:00:00Z'));
    expect(days).toHaveLength(14);
    expect(days[0]).toBe('2026-03-02');
    expect(days[13]).toBe('2026-03-15');
  });

  it('crosses a month end', () => {
    expect(nextDays(Date.parse('2026-02-27T02:00:00Z'), 3)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
  });
});

describe('toggleDay', () => {
  it('adds in date order and removes on a second tap', () => {
    const a = toggleDay([], '2026-03-05').days;
    const b = toggleDay(a, '2026-03-03').days;
    expect(b).toEqual(['2026-03-03', '2026-03-05']);
    expect(toggleDay(b, '2026-03-05')).toEqual({ days: ['2026-03-03'], refused: false });
  });

  it('refuses an eighth day but still lets one be removed', () => {
    const full = nextDays(Date.parse('2026-03-01T02:00:00Z'), MAX_DAYS);
    expect(toggleDay(full, '2026-03-10')).toEqual({ days: full, refused: true });
    expect(toggleDay(full, full[0]!).days).toHaveLength(MAX_DAYS - 1);
  });
});

describe('joinProblem and stillAhead', () => {
  it('needs a patient, then at least one day', () => {
    expect(joinProblem(null, ['2026-03-05'])).toBe('patient');
    expect(joinProblem('p1', [])).toBe('days');
    expect(joinProblem('p1', ['2026-03-05'])).toBeNull();
  });

  it('drops days that passed while the page stayed open', () => {
    expect(stillAhead(['2026-03-01', '2026-03-02', '2026-03-04'], '2026-03-02')).toEqual(['2026-03-02', '2026-03-04']);
  });
});

describe('dayName', () => {
  it('says 今天 and 明天, then the weekday', () => {
    expect(dayName('2026-03-02', '2026-03-02', '2026-03-03')).toBe('today');
    expect(dayName('2026-03-03', '2026-03-02', '2026-03-03')).toBe('tomorrow');
    expect(dayName('2026-03-08', '2026-03-02', '2026-03-03')).toBe('week.0'); // a Sunday
    expect(dayName('2026-03-06', '2026-03-02', '2026-03-03')).toBe('week.5');
  });
});
