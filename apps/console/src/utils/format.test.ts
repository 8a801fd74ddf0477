import { describe, expect, it } from 'vitest';
import { daysUntil, formatDate, formatDateTime, shortId } from './format';

describe('formatDateTime / formatDate', () => {
  it('formats in local time, 24-hour', () => {
    const local = new Date(2026, 2, 5, 14, 7, 9).toISOString();
    expect(formatDateTime(local)).toBe('2026-03-05 14:07:09');
    expect(formatDate(local)).toBe('2026-03-05');
  });

  it('shows a dash for missing or broken values', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('not a date')).toBe('—');
    expect(formatDate(undefined)).toBe('—');
  });
});

describe('daysUntil', () => {
  const now = new Date(2026, 2, 5, 23, 30);
  it('counts calendar days, not 24-hour spans', () => {
    expect(daysUntil(new Date(2026, 2, 6, 0, 10).toISOString(), now)).toBe(1);
    expect(daysUntil(new Date(2026, 2, 5, 8, 0).toISOString(), now)).toBe(0);
    expect(daysUntil(new Date(2026, 2, 12, 8, 0).toISOString(), now)).toBe(7);
    expect(daysUntil(new Date(2026, 2, 3, 8, 0).toISOString(), now)).toBe(-2);
  });
});

describe('shortId', () => {
  it('shortens UUIDs and leaves short ids alone', () => {
    expect(shortId('0b6c1a9e-4a57-4c1e-9d59-0d3f6c1e2a11')).toBe('0b6c1a9e…');
    expect(shortId('admin')).toBe('admin');
    expect(shortId(null)).toBe('—');
  });
});
