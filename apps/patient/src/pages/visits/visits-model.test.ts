import type { Booking } from '@xinglin/contracts';
import { describe, expect, it } from 'vitest';
import { canTransfer, isUpcoming, sortBookings, statusTone, transferFormProblem } from './visits-model';

const b = (id: string, date: string, status: Booking['status'], time = '08:00'): Booking => ({
  id, patientId: 'p', patientName: '张三', doctorId: 'd', doctorName: '李医生', departmentId: 'dep', departmentName: '内科',
  location: '门诊楼 2 楼', notes: '', slotId: 's', sessionId: 'x', date, startsAt: `${date}T${time}:00.000Z`,
  endsAt: `${date}T${time}:00.000Z`, status, visitNo: 1, feeFen: 500, holdExpiresAt: null,
  origin: 'direct', checkedInAt: null, createdAt: `${date}T00:00:00.000Z`,
});

describe('sortBookings', () => {
  it('puts upcoming bookings first, soonest first, then the rest newest first', () => {
    const items = [b('a', '2026-03-01', 'cancelled'), b('b', '2026-03-09', 'held'), b('c', '2026-03-05', 'confirmed'),
      b('d', '2026-03-03', 'expired'), b('e', '2026-02-01', 'confirmed')];
    expect(sortBookings(items, '2026-03-02').map((x) => x.id)).toEqual(['c', 'b', 'd', 'a', 'e']);
  });

  it('keeps checked-in and called visits with the upcoming ones, ordered by start time', () => {
    const items = [b('late', '2026-03-02', 'confirmed', '09:00'), b('now', '2026-03-02', 'called', '08:00'),
      b('in', '2026-03-02', 'checked_in', '08:30'), b('done', '2026-03-02', 'completed'), b('gone', '2026-03-02', 'no_show')];
    expect(sortBookings(items, '2026-03-02').slice(0, 3).map((x) => x.id)).toEqual(['now', 'in', 'late']);
  });
});

describe('statuses', () => {
  it('only open visits today or later count as upcoming', () => {
    expect(isUpcoming(b('x', '2026-03-02', 'checked_in'), '2026-03-02')).toBe(true);
    expect(isUpcoming(b('x', '2026-03-01', 'confirmed'), '2026-03-02')).toBe(false);
    for (const s of ['completed', 'no_show', 'cancelled', 'expired', 'transferred', 'stopped'] as const) {
      expect(isUpcoming(b('x', '2026-03-09', s), '2026-03-02')).toBe(false);
    }
  });

  it('offers 转让 only before check-in', () => {
    expect(canTransfer(b('x', '2026-03-09', 'held'))).toBe(true);
    expect(canTransfer(b('x', '2026-03-09', 'confirmed'))).toBe(true);
    expect(canTransfer(b('x', '2026-03-09', 'checked_in'))).toBe(false);
    expect(canTransfer(b('x', '2026-03-09', 'transferred'))).toBe(false);
  });

  it('gives every status a tone', () => {
    expect(statusTone('held')).toBe('warn');
    expect(statusTone('called')).toBe('active');
    expect(statusTone('completed')).toBe('done');
    expect(statusTone('no_show')).toBe('danger');
    expect(statusTone('stopped')).toBe('danger');
    expect(statusTone('transferred')).toBe('muted');
  });
});

describe('transferFormProblem', () => {
  it('needs a name and a mainland mobile number', () => {
    expect(transferFormProblem(' ', '13800138000')).toBe('name');
    expect(transferFormProblem('王五', '1380013800')).toBe('phone');
    expect(transferFormProblem('王五', '23800138000')).toBe('phone');
    expect(transferFormProblem('王五', ' 13800138000 ')).toBeNull();
  });
});
