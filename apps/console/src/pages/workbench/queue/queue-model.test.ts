import type { QueueEntry } from '@xinglin/contracts';
import { describe, expect, it } from 'vitest';
import { orderEntries, rowActions } from './queue-model';

const entry = (visitNo: number, status: QueueEntry['status']): QueueEntry => ({
  bookingId: `b${visitNo}`, visitNo, status, patientName: '张*', startsAt: '2026-11-26T10:00:00.000Z', checkedInAt: null, calledAt: null, completedAt: null,
});

describe('doctor queue model', () => {
  it('offers done only while being seen and no-show while called or waiting', () => {
    expect(rowActions('called')).toEqual({ done: true, noShow: true });
    expect(rowActions('checked_in')).toEqual({ done: false, noShow: true });
    expect(rowActions('confirmed')).toEqual({ done: false, noShow: false });
    expect(rowActions('completed')).toEqual({ done: false, noShow: false });
  });
  it('puts the patient being seen and those waiting on top, each by number', () => {
    const ordered = orderEntries([entry(1, 'completed'), entry(4, 'checked_in'), entry(2, 'no_show'), entry(3, 'called'), entry(5, 'confirmed'), entry(6, 'checked_in')]);
    expect(ordered.map((e) => e.visitNo)).toEqual([3, 4, 6, 5, 1, 2]);
  });
});
