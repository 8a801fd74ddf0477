import type { Booking } from '@xinglin/contracts';
import { describe, expect, it } from 'vitest';
import { sortBookings } from './visits-model';

const b = (id: string, date: string, status: Booking['status']): Booking => ({
  id, patientId: 'p', doctorId: 'd', slotId: 's', date, status, visitNo: 1, feeFen: 500,
  holdExpiresAt: null, createdAt: `${date}T00:00:00.000Z`,
});

describe('sortBookings', () => {
  it('puts upcoming bookings first, soonest first, then the rest newest first', () => {
    const items = [b('a', '2026-03-01', 'cancelled'), b('b', '2026-03-09', 'held'), b('c', '2026-03-05', 'confirmed'),
      b('d', '2026-03-03', 'expired'), b('e', '2026-02-01', 'confirmed')];
    expect(sortBookings(items, '2026-03-02').map((x) => x.id)).toEqual(['c', 'b', 'd', 'a', 'e']);
  });
});
