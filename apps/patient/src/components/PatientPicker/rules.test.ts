import type { PatientSummary } from '@xinglin/contracts';
import { describe, expect, it } from 'vitest';
import { canBook, defaultPatientId } from './rules';

const patient = (id: string, isSelf: boolean, verificationLevel: PatientSummary['verificationLevel']) => ({ id, isSelf, verificationLevel });

describe('patient picker rules', () => {
  it('lets only 实名 L2 and above book', () => {
    expect(canBook({ verificationLevel: 1 })).toBe(false);
    expect(canBook({ verificationLevel: 2 })).toBe(true);
    expect(canBook({ verificationLevel: 3 })).toBe(true);
  });

  it('preselects the account holder when they may book', () => {
    expect(defaultPatientId([patient('child', false, 2), patient('me', true, 3)])).toBe('me');
  });

  it('falls back to the first family member who may book, or nobody', () => {
    expect(defaultPatientId([patient('me', true, 1), patient('a', false, 0), patient('b', false, 2)])).toBe('b');
    expect(defaultPatientId([patient('me', true, 1)])).toBeNull();
    expect(defaultPatientId([])).toBeNull();
  });
});
