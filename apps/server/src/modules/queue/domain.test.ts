import { describe, expect, it } from 'vitest';
import { aheadOf, averageConsultMinutes, checkInWindowProblem, DEFAULT_CONSULT_MINUTES, haversineMetres, predictedWaitMinutes } from './domain';
import { signCheckInToken, verifyCheckInToken } from './qr-token';

describe('check-in and queue rules', () => {
  it('measures distances on the earth: 0.001° of latitude is about 111 m', () => {
    const a = { latitude: 30.2741, longitude: 120.1551 };
    expect(haversineMetres(a, a)).toBe(0);
    expect(haversineMetres(a, { latitude: 30.2751, longitude: 120.1551 })).toBeCloseTo(111.2, 0);
    // A degree of longitude is shorter at 30° north: cos(30.27°) × 111.2 km.
    expect(haversineMetres(a, { latitude: 30.2741, longitude: 120.1651 })).toBeCloseTo(960, -1);
    // Hangzhou to Shanghai, about 165 km.
    expect(haversineMetres(a, { latitude: 31.2304, longitude: 121.4737 }) / 1000).toBeGreaterThan(160);
  });

  it('opens check-in 30 minutes before the slot and closes it at the slot’s end', () => {
    const slot = { startsAt: new Date('2026-11-26T10:00:00Z'), endsAt: new Date('2026-11-26T10:30:00Z') };
    expect(checkInWindowProblem(slot, new Date('2026-11-26T09:29:59Z'))).toEqual({ kind: 'too_early', opensAt: new Date('2026-11-26T09:30:00Z') });
    expect(checkInWindowProblem(slot, new Date('2026-11-26T09:30:00Z'))).toBeNull();
    expect(checkInWindowProblem(slot, new Date('2026-11-26T10:30:00Z'))).toBeNull();
    expect(checkInWindowProblem(slot, new Date('2026-11-26T10:30:01Z'))).toEqual({ kind: 'too_late', closedAt: slot.endsAt });
  });

  it('predicts from the median of the last 20 consultations, with a default below 3', () => {
    expect(averageConsultMinutes([])).toBe(DEFAULT_CONSULT_MINUTES);
    expect(averageConsultMinutes([3, 4])).toBe(DEFAULT_CONSULT_MINUTES);
    expect(averageConsultMinutes([4, 30, 6])).toBe(6); // one long case does not drag everyone's estimate
    expect(averageConsultMinutes([4, 6, 10, 12])).toBe(8);
    // Only the newest 20 count: 20 quick ones then older slow ones.
    expect(averageConsultMinutes([...Array(20).fill(5), 40, 40, 40, 40, 40])).toBe(5);
    expect(averageConsultMinutes([0, -2, 5, 7, 9])).toBe(7); // clock glitches are ignored
    expect(predictedWaitMinutes(3, 6.5)).toBe(20);
  });

  it('counts those ahead: checked-in with a lower number, plus the one being seen', () => {
    const queue = [
      { visitNo: 1, status: 'completed' },
      { visitNo: 2, status: 'called' },
      { visitNo: 3, status: 'checked_in' },
      { visitNo: 4, status: 'confirmed' }, // booked but not here yet: does not hold anyone up
      { visitNo: 5, status: 'no_show' },
      { visitNo: 6, status: 'checked_in' },
    ];
    expect(aheadOf({ visitNo: 6, status: 'checked_in' }, queue)).toBe(2);
    expect(aheadOf({ visitNo: 3, status: 'checked_in' }, queue)).toBe(1);
    expect(aheadOf({ visitNo: 2, status: 'called' }, queue)).toBe(0);
    expect(aheadOf({ visitNo: 4, status: 'confirmed' }, queue)).toBe(2);
    expect(aheadOf({ visitNo: 1, status: 'completed' }, queue)).toBe(0);
  });

  it('accepts only genuine QR tokens, also inside a URL', () => {
    const dept = '0b4c2a4e-6f0e-4d43-9a4a-1f1f5c0b9e11';
    const token = signCheckInToken('secret-a', dept, 2);
    expect(verifyCheckInToken('secret-a', token)).toEqual({ departmentId: dept, version: 2 });
    expect(verifyCheckInToken('secret-a', `https://h.example/checkin?token=${encodeURIComponent(token)}&x=1`)).toEqual({ departmentId: dept, version: 2 });
    expect(verifyCheckInToken('secret-b', token)).toBeNull();
    // Same signature, another department or version: refused.
    expect(verifyCheckInToken('secret-a', token.replace(dept, '1b4c2a4e-6f0e-4d43-9a4a-1f1f5c0b9e11'))).toBeNull();
    expect(verifyCheckInToken('secret-a', token.replace('.2.', '.3.'))).toBeNull();
    expect(verifyCheckInToken('secret-a', token.slice(0, -2))).toBeNull();
    expect(verifyCheckInToken('secret-a', 'garbage')).toBeNull();
    expect(verifyCheckInToken('secret-a', '%E0%A4%A')).toBeNull();
  });
});
