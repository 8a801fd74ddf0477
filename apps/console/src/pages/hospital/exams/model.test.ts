import { describe, expect, it } from 'vitest';
import { cellTone, offerRows, windowDates } from './model';

describe('windowDates', () => {
  it('starts tomorrow in China time, even late in the UTC day', () => {
    // 2026-11-26 17:00 UTC is already 27 Nov 01:00 in China: tomorrow there is the 28th.
    expect(windowDates(new Date('2026-11-26T17:00:00Z'), 3)).toEqual(['2026-11-28', '2026-11-29', '2026-11-30']);
    expect(windowDates(new Date('2026-11-26T08:00:00Z'), 2)).toEqual(['2026-11-27', '2026-11-28']);
    expect(windowDates(new Date('2026-12-30T08:00:00Z'), 3)).toEqual(['2026-12-31', '2027-01-01', '2027-01-02']);
  });
});

describe('offerRows', () => {
  it('places each day in its column, derives the booked places and sums the window', () => {
    const [row] = offerRows(
      [{ id: 'p', name: '入职体检', active: true, days: [{ date: '2026-11-27', capacity: 20, remaining: 5 }, { date: '2026-11-29', capacity: 10, remaining: 10 }, { date: '2026-12-31', capacity: 9, remaining: 0 }] }],
      ['2026-11-27', '2026-11-28', '2026-11-29'],
    );
    expect(row!.cells).toEqual({
      '2026-11-27': { capacity: 20, remaining: 5, booked: 15 },
      '2026-11-28': null,
      '2026-11-29': { capacity: 10, remaining: 10, booked: 0 },
    });
    expect(row!.totals).toEqual({ capacity: 30, booked: 15 });
  });
});

describe('cellTone', () => {
  it('tells closed, full, filling up and open days apart', () => {
    expect(cellTone(null)).toBe('closed');
    expect(cellTone({ capacity: 0, booked: 0, remaining: 0 })).toBe('closed');
    expect(cellTone({ capacity: 10, booked: 10, remaining: 0 })).toBe('full');
    expect(cellTone({ capacity: 10, booked: 8, remaining: 2 })).toBe('busy');
    expect(cellTone({ capacity: 10, booked: 7, remaining: 3 })).toBe('open');
  });
});
