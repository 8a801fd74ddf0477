import { describe, expect, it } from 'vitest';
import { addDays, chinaDate, chinaInstant, planSessions, releaseAt, slotsFor, weekday } from './domain';

describe('schedule rules', () => {
  it('converts China wall clock to instants and back', () => {
    expect(chinaInstant('2026-11-26', '08:00').toISOString()).toBe('2026-11-26T00:00:00.000Z');
    expect(chinaDate(new Date('2026-11-26T16:30:00Z'))).toBe('2026-11-27');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(weekday('2026-11-26')).toBe(4); // a Thursday
    expect(weekday('2026-11-29')).toBe(7);
  });

  it('splits a morning into eight 30-minute slots', () => {
    const slots = slotsFor('2026-11-26', 'morning', 30, 3);
    expect(slots).toHaveLength(8);
    expect(slots[0]!.startsAt.toISOString()).toBe('2026-11-26T00:00:00.000Z');
    expect(slots[7]!.endsAt.toISOString()).toBe('2026-11-26T04:00:00.000Z');
    expect(slots.every((s) => s.capacity === 3)).toBe(true);
    expect(slotsFor('2026-11-26', 'afternoon', 30, 1)[0]!.startsAt.toISOString()).toBe('2026-11-26T05:30:00.000Z');
  });

  it('opens a session a number of days ahead at the release time', () => {
    expect(releaseAt('2026-12-03', { daysAhead: 7, releaseTime: '08:00' }).toISOString()).toBe('2026-11-26T00:00:00.000Z');
  });

  it('plans sessions only on the templates’ weekdays', () => {
    const t = { doctorId: 'd', weekday: 1, period: 'morning' as const, level: 'expert' as const, feeFen: 5000, slotMinutes: 30, placesPerSlot: 2 };
    const planned = planSessions([t, { ...t, weekday: 3, period: 'afternoon' }], '2026-11-23', 14, { daysAhead: 7, releaseTime: '08:00' });
    expect(planned.map((s) => `${s.date}/${s.period}`)).toEqual(['2026-11-23/morning', '2026-11-25/afternoon', '2026-11-30/morning', '2026-12-02/afternoon']);
  });
});
