import type { WaitlistEntry } from '@xinglin/contracts';
import { describe, expect, it } from 'vitest';
import { shortDates, sortEntries } from './waitlist-model';

const e = (id: string, status: WaitlistEntry['status'], position: number | null, createdAt = '2026-03-01T00:00:00.000Z'): WaitlistEntry => ({
  id, patientId: 'p', patientName: '张三', sessionId: null, departmentId: 'd', departmentName: '内科', doctorName: null,
  dates: ['2026-03-05'], status, position, bookingId: null, createdAt,
});

describe('sortEntries', () => {
  it('puts a held place first, then waiting lines by position, then ended ones newest first', () => {
    const items = [e('left', 'left', null, '2026-03-03T00:00:00.000Z'), e('w3', 'waiting', 3), e('exp', 'expired', null),
      e('w1', 'waiting', 1), e('off', 'offered', null)];
    expect(sortEntries(items).map((x) => x.id)).toEqual(['off', 'w1', 'w3', 'exp', 'left']);
  });
});

describe('shortDates', () => {
  it('drops the year', () => {
    expect(shortDates(['2026-03-05', '2026-03-06'])).toBe('03-05、03-06');
  });
});
