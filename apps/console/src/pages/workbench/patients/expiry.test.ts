import { describe, expect, it } from 'vitest';
import { relationshipExpiry } from './expiry';

const now = new Date(2026, 2, 5, 9, 0);
const at = (day: number, hour = 12) => new Date(2026, 2, day, hour).toISOString();

describe('relationshipExpiry', () => {
  it('is red on the last day (or after, until the server drops it)', () => {
    expect(relationshipExpiry(at(5, 18), now)).toEqual({ days: 0, tone: 'red' });
    expect(relationshipExpiry(at(4), now)).toEqual({ days: 0, tone: 'red' });
  });

  it('is orange for the last three days and green before', () => {
    expect(relationshipExpiry(at(6), now)).toEqual({ days: 1, tone: 'orange' });
    expect(relationshipExpiry(at(8), now)).toEqual({ days: 3, tone: 'orange' });
    expect(relationshipExpiry(at(12), now)).toEqual({ days: 7, tone: 'green' });
  });
});
