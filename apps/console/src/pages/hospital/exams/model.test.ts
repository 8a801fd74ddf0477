import { describe, expect, it } from 'vitest';
import { CENTRE_ROW_ID, cellTone, centreRow, offerRows, windowDates } from './model';

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

describe('offerRows with capacity rows', () => {
  it('takes booked from the capacity row, not places − remaining, when the centre’s total runs out first', () => {
    // 20 places, 3 booked by this package, but the centre is full: nothing is left to book.
    const [row] = offerRows(
      [{ id: 'p', name: '入职体检', active: true, days: [{ date: '2026-11-27', capacity: 20, remaining: 0 }] }],
      ['2026-11-27', '2026-11-28'],
      [{ id: 'p', date: '2026-11-27', capacity: 20, booked: 3 }, { id: 'q', date: '2026-11-27', capacity: 9, booked: 9 }, { id: null, date: '2026-11-27', capacity: 12, booked: 12 }],
    );
    expect(row!.cells).toEqual({ '2026-11-27': { capacity: 20, booked: 3, remaining: 0 }, '2026-11-28': null });
    expect(row!.totals).toEqual({ capacity: 20, booked: 3 });
    expect(cellTone(row!.cells['2026-11-27']!)).toBe('full');
  });

  it('shows a day with a capacity row but outside the bookable days with remaining from its own counts', () => {
    const [row] = offerRows([{ id: 'v', name: '流感疫苗', active: false, days: [] }], ['2026-11-27'], [{ id: 'v', date: '2026-11-27', capacity: 5, booked: 2 }]);
    expect(row!.cells['2026-11-27']).toEqual({ capacity: 5, booked: 2, remaining: 3 });
  });
});

describe('centreRow', () => {
  it('builds the centre’s daily total from the rows without a package', () => {
    const row = centreRow(
      [{ id: null, date: '2026-11-28', capacity: 50, booked: 12 }, { id: 'p', date: '2026-11-27', capacity: 20, booked: 3 }],
      ['2026-11-27', '2026-11-28'],
      '中心每日总名额',
    );
    expect(row).toEqual({
      id: CENTRE_ROW_ID,
      name: '中心每日总名额',
      active: true,
      cells: { '2026-11-27': null, '2026-11-28': { capacity: 50, booked: 12, remaining: 38 } },
      totals: { capacity: 50, booked: 12 },
    });
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
