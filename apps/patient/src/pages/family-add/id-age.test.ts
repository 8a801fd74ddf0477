import { describe, expect, it } from 'vitest';
import { ageFromIdNumber } from './id-age';

describe('ageFromIdNumber', () => {
  const today = new Date(2026, 5, 15); // 15 June 2026

  it('reads the birth date once the first 14 digits are typed', () => {
    expect(ageFromIdNumber('11010519600101', today)).toBe(66);
    expect(ageFromIdNumber('110105196001012317', today)).toBe(66);
  });

  it('counts the birthday itself, not the day before', () => {
    expect(ageFromIdNumber('11010520120615', today)).toBe(14);
    expect(ageFromIdNumber('11010520120616', today)).toBe(13);
  });

  it('gives null for short input, impossible dates and the future', () => {
    expect(ageFromIdNumber('1101051960', today)).toBeNull();
    expect(ageFromIdNumber('11010519900230', today)).toBeNull();
    expect(ageFromIdNumber('11010520300101', today)).toBeNull();
  });
});
