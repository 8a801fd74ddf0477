import { describe, expect, it } from 'vitest';
import { chinaDate, chinaMonthDayTime, chinaTime, weekday, yuan } from './china-time';

describe('china time', () => {
  it('formats instants in UTC+8 whatever the phone zone', () => {
    expect(chinaTime('2026-03-01T00:30:00.000Z')).toBe('08:30');
    expect(chinaMonthDayTime('2026-03-01T16:00:00.000Z')).toBe('03-02 00:00');
  });
  it('rolls the date over at China midnight', () => {
    const now = Date.parse('2026-03-01T16:30:00.000Z'); // 00:30 on 03-02 in Beijing
    expect(chinaDate(0, now)).toBe('2026-03-02');
    expect(chinaDate(6, now)).toBe('2026-03-08');
  });
  it('names weekdays and yuan', () => {
    expect(weekday('2026-03-02')).toBe(1);
    expect(yuan(5000)).toBe('50');
    expect(yuan(1250)).toBe('12.50');
  });
});
