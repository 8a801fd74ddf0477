import type { Booking } from '@xinglin/contracts';
import { describe, expect, it } from 'vitest';
import { canTransfer, cardAction, isUpcoming, sortBookings, statusTone, transferFormProblem } from './visits-model';

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

describe('cardAction', () => {
  // A 09:00–09:30 UTC slot; check-in opens at 08:30 and closes at 09:30.
  const slot = (status: Booking['status']) => ({ ...b('x', '2026-03-09', status, '09:00'), endsAt: '2026-03-09T09:30:00.000Z' });
  const at = (hhmm: string) => Date.parse(`2026-03-09T${hhmm}:00.000Z`);

  it('asks an unpaid booking to pay, never to check in, even inside the window', () => {
    expect(cardAction(slot('held'), at('08:00'))).toBe('pay');
    expect(cardAction(slot('held'), at('09:10'))).toBe('pay');
  });

  it('offers 签到 to a paid booking only from 30 minutes before the slot until its end', () => {
    expect(cardAction(slot('confirmed'), at('08:29'))).toBe('checkinLater');
    expect(cardAction(slot('confirmed'), at('08:30'))).toBe('checkin');
    expect(cardAction(slot('confirmed'), at('09:30'))).toBe('checkin');
    expect(cardAction(slot('confirmed'), at('09:31'))).toBeNull();
  });

  it('shows the queue once checked in and nothing for ended bookings', () => {
    expect(cardAction(slot('checked_in'), at('09:00'))).toBe('queue');
    expect(cardAction(slot('called'), at('09:40'))).toBe('queue');
    for (const s of ['completed', 'cancelled', 'expired', 'no_show', 'transferred', 'stopped'] as const) {
      expect(cardAction(slot(s), at('09:00'))).toBeNull();
    }
  });
});
