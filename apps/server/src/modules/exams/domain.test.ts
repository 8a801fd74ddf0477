import { describe, expect, it } from 'vitest';
import { canCancel, dateProblem, eligibility, planDose, remainingOf } from './domain';

const at = (iso: string) => new Date(iso);
// 2026-11-26 10:00 in China.
const now = at('2026-11-26T02:00:00Z');

describe('exam and vaccine rules', () => {
  it('books from tomorrow up to 14 days ahead, and cancels until the day before', () => {
    expect(dateProblem('2026-11-26', now)).toBe('past');
    expect(dateProblem('2026-11-27', now)).toBeNull();
    expect(dateProblem('2026-12-10', now)).toBeNull();
    expect(dateProblem('2026-12-11', now)).toBe('too_far');
    expect(canCancel('2026-11-27', now)).toBe(true);
    expect(canCancel('2026-11-26', now)).toBe(false);
    // 23:30 on the 26th in China is still the 26th.
    expect(canCancel('2026-11-27', at('2026-11-26T15:30:00Z'))).toBe(true);
    expect(canCancel('2026-11-27', at('2026-11-26T16:30:00Z'))).toBe(false);
  });

  it('checks sex and the age on the booked day', () => {
    const rule = { sex: 'female', ageMin: 9, ageMax: 45 };
    expect(eligibility(rule, { gender: 'male', birthDate: '1990-01-01' }, '2026-12-01')).toBe('sex');
    expect(eligibility(rule, { gender: 'female', birthDate: '1990-01-01' }, '2026-12-01')).toBeNull();
    expect(eligibility(rule, { gender: 'female', birthDate: '1981-12-01' }, '2026-11-30')).toBeNull(); // 44 the day before
    expect(eligibility(rule, { gender: 'female', birthDate: '1980-12-01' }, '2026-12-01')).toBe('too_old'); // 46 that day
    expect(eligibility(rule, { gender: 'female', birthDate: '2018-01-01' }, '2026-12-01')).toBe('too_young');
    expect(eligibility(rule, { gender: 'female', birthDate: null }, '2026-12-01')).toBe('age_unknown');
    expect(eligibility({ sex: 'any', ageMin: null, ageMax: null }, { gender: null, birthDate: null }, '2026-12-01')).toBeNull();
  });

  it('plans the next dose and its earliest date', () => {
    const v = { doses: 3, intervalDays: 30 };
    expect(planDose(v, [], now)).toEqual({ nextDose: 1, earliestDate: '2026-11-27' });
    expect(planDose(v, [{ doseNo: 1, givenOn: '2026-11-20' }], now)).toEqual({ nextDose: 2, earliestDate: '2026-12-20' });
    expect(planDose(v, [{ doseNo: 1, givenOn: '2026-01-01' }, { doseNo: 2, givenOn: '2026-02-01' }], now)).toEqual({ nextDose: 3, earliestDate: '2026-11-27' });
    expect(planDose({ doses: 1, intervalDays: 0 }, [{ doseNo: 1, givenOn: '2026-01-01' }], now)).toEqual({ nextDose: null, earliestDate: null });
  });

  it('takes the tightest of the package and centre rows', () => {
    expect(remainingOf([])).toBeNull();
    expect(remainingOf([{ capacity: 20, booked: 5 }, { capacity: 80, booked: 78 }])).toEqual({ capacity: 20, remaining: 2 });
  });
});
