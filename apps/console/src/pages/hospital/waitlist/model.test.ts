import { describe, expect, it } from 'vitest';
import { clinicsOf, displayOrder, minutesLeft, summarise } from './model';
import type { WaitlistAdminEntry } from './service';

const entry = (id: string, extra: Partial<WaitlistAdminEntry>): WaitlistAdminEntry => ({
  id, position: null, patientNameMasked: '张*', sessionId: null, doctorName: null, sessionDate: null, period: null, dates: ['2026-12-01'],
  status: 'waiting', bookingId: null, offerExpiresAt: null, createdAt: '2026-11-26T02:00:00.000Z', ...extra,
});
const session = (sessionId: string, date: string, period: WaitlistAdminEntry['period'], doctorName: string) => ({ sessionId, sessionDate: date, period, doctorName });

describe('waitlist model', () => {
  const entries = [
    entry('w2', { position: 2, ...session('s1', '2026-12-02', 'morning', '李医生') }),
    entry('o-late', { status: 'offered', offerExpiresAt: '2026-11-26T03:00:00.000Z', bookingId: 'b1', ...session('s1', '2026-12-02', 'morning', '李医生') }),
    entry('w1', { position: 1, ...session('s2', '2026-12-01', 'evening', '王医生') }),
    entry('o-soon', { status: 'offered', offerExpiresAt: '2026-11-26T02:10:00.000Z', bookingId: 'b2' }),
    entry('w3', { position: 3 }),
  ];

  it('counts who waits, the unpaid offers and the clinics people wait for', () => {
    expect(summarise(entries)).toEqual({ waiting: 3, offered: 2, clinics: 2 });
    expect(summarise([])).toEqual({ waiting: 0, offered: 0, clinics: 0 });
  });

  it('shows offers first, soonest to lapse first, then the line by position', () => {
    expect(displayOrder(entries).map((e) => e.id)).toEqual(['o-soon', 'o-late', 'w1', 'w2', 'w3']);
  });

  it('counts whole minutes left on an offer, never below zero', () => {
    const now = new Date('2026-11-26T02:00:30.000Z');
    expect(minutesLeft('2026-11-26T02:10:00.000Z', now)).toBe(10);
    expect(minutesLeft('2026-11-26T01:00:00.000Z', now)).toBe(0);
    expect(minutesLeft(null, now)).toBeNull();
  });

  it('lists each clinic once, by date then period', () => {
    expect(clinicsOf(entries)).toEqual([
      { sessionId: 's2', doctorName: '王医生', date: '2026-12-01', period: 'evening' },
      { sessionId: 's1', doctorName: '李医生', date: '2026-12-02', period: 'morning' },
    ]);
  });
});
