import type { BookingDayStats } from '@xinglin/contracts';
import { describe, expect, it } from 'vitest';
import { barHeights, cancelRate, percent } from './model';

const day = (date: string, booked: number): BookingDayStats => ({
  date, booked, cancelled: 0, stopped: 0, noShows: 0, completed: 0, waitlistOffers: 0, noShowRate: null,
});

describe('booking dashboard model', () => {
  it('formats rates with one decimal and a dash for no data', () => {
    expect(percent(0.25)).toBe('25.0%');
    expect(percent(1 / 3)).toBe('33.3%');
    expect(percent(0)).toBe('0.0%');
    expect(percent(null)).toBe('—');
  });

  it('scales bars to the busiest day', () => {
    expect(barHeights([day('a', 5), day('b', 10), day('c', 0)])).toEqual([0.5, 1, 0]);
    expect(barHeights([day('a', 0)])).toEqual([0]);
    expect(barHeights([])).toEqual([]);
  });

  it('cancel rate is null on an empty day', () => {
    expect(cancelRate({ booked: 0, cancelled: 0 })).toBeNull();
    expect(cancelRate({ booked: 8, cancelled: 2 })).toBe(0.25);
  });
});
