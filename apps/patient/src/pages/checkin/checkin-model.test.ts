import { describe, expect, it } from 'vitest';
import { hasCheckedIn, locationBlocked, tokenFromScan } from './checkin-model';

describe('check-in page model', () => {
  const token = 'xlq1.0b4c2a4e-6f0e-4d43-9a4a-1f1f5c0b9e11.1.abcDEF_-';
  it('takes the token out of a scanned or pasted text', () => {
    expect(tokenFromScan(` ${token}\n`)).toBe(token);
    expect(tokenFromScan(`https://h.example/checkin?token=${encodeURIComponent(token)}&from=poster`)).toBe(token);
    expect(tokenFromScan('xlq1.0b4c2a4e-6f0e-4d43-9a4a-1f1f5c0b9e11.1.abc DEF_-')).toBe(token);
  });
  it('knows who is already in the queue', () => {
    expect(hasCheckedIn('checked_in')).toBe(true);
    expect(hasCheckedIn('called')).toBe(true);
    expect(hasCheckedIn('confirmed')).toBe(false);
    expect(hasCheckedIn('held')).toBe(false);
  });
  it('blocks location only on insecure H5 pages', () => {
    expect(locationBlocked('h5', false)).toBe(true);
    expect(locationBlocked('h5', true)).toBe(false);
    expect(locationBlocked('weapp', undefined)).toBe(false);
  });
});
