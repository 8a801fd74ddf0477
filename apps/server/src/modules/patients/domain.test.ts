import { describe, expect, it } from 'vitest';
import { ageOn, decideAccess, needsOwnConsent } from './domain';

describe('family rules', () => {
  it('computes age on the China calendar day', () => {
    // 2026-03-07 00:30 in Beijing is still 2026-03-06 in UTC.
    expect(ageOn('1990-03-07', new Date('2026-03-06T16:30:00Z'))).toBe(36);
    expect(ageOn('1990-03-07', new Date('2026-03-06T15:30:00Z'))).toBe(35);
    expect(ageOn(null, new Date())).toBeNull();
  });

  it('needs the person’s own consent from 14', () => {
    expect(needsOwnConsent(13)).toBe(false);
    expect(needsOwnConsent(14)).toBe(true);
    expect(needsOwnConsent(null)).toBe(true);
  });

  it('grants record access only to self, granted managers and guardians of minors', () => {
    expect(decideAccess({ isSelf: true, manager: null, age: 40, hasOwnAccount: true })).toEqual({ manage: true, record: true });
    expect(decideAccess({ isSelf: false, manager: null, age: 40, hasOwnAccount: false })).toBeNull();
    expect(decideAccess({ isSelf: false, manager: { recordAccess: false }, age: 40, hasOwnAccount: true })).toEqual({ manage: true, record: false });
    expect(decideAccess({ isSelf: false, manager: { recordAccess: true }, age: 40, hasOwnAccount: true })).toEqual({ manage: true, record: true });
    expect(decideAccess({ isSelf: false, manager: { recordAccess: false }, age: 8, hasOwnAccount: false })).toEqual({ manage: true, record: true });
    expect(decideAccess({ isSelf: false, manager: { recordAccess: false }, age: 16, hasOwnAccount: true })).toEqual({ manage: true, record: false });
  });
});
