import type { ClinicSession, Doctor } from '@xinglin/contracts';
import { describe, expect, it } from 'vitest';
import { buildRows, chinaClock, dateRange, isOver, sessionTone, takenPlaces } from './model';

const doctor = (id: string): Doctor => ({
  id, name: id, gender: 'male', title: 'attending', departmentId: 'dep', departmentName: '内科', specialties: [], diseases: [], intro: '', avatarUrl: '',
});
const session = (over: Partial<ClinicSession>): ClinicSession => ({
  id: 's', doctorId: 'a', date: '2026-03-02', period: 'morning', level: 'general', feeFen: 500, status: 'open',
  releaseAt: '2026-02-25T00:00:00.000Z', released: true, capacity: 10, remaining: 4,
  slots: [{ id: 'x', startsAt: '2026-03-02T00:00:00.000Z', endsAt: '2026-03-02T00:30:00.000Z', remaining: 4 }], ...over,
});

describe('schedule model', () => {
  it('lists the dates of the window across a month end', () => {
    expect(dateRange('2026-02-27', 4)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });

  it('groups clinics per doctor and date, morning first, and keeps doctors without clinics', () => {
    const rows = buildRows([doctor('a'), doctor('b')], [
      session({ id: 'pm', period: 'afternoon' }), session({ id: 'am', period: 'morning' }), session({ id: 'other', date: '2026-03-03' }),
    ]);
    expect(rows[0]!.byDate['2026-03-02']!.map((s) => s.id)).toEqual(['am', 'pm']);
    expect(rows[0]!.byDate['2026-03-03']!.map((s) => s.id)).toEqual(['other']);
    expect(rows[1]!.byDate).toEqual({});
  });

  it('counts the patients a stop would reach and names the clinic state', () => {
    expect(takenPlaces(session({ capacity: 10, remaining: 4 }))).toBe(6);
    expect(takenPlaces(session({ status: 'stopped', remaining: 0 }))).toBe(0);
    expect(sessionTone(session({ status: 'stopped' }))).toBe('stopped');
    expect(sessionTone(session({ released: false }))).toBe('unreleased');
    expect(sessionTone(session({ remaining: 0 }))).toBe('full');
    expect(sessionTone(session({}))).toBe('open');
  });

  it('a clinic is over once its last slot has ended', () => {
    expect(isOver(session({}), new Date('2026-03-02T00:29:00.000Z'))).toBe(false);
    expect(isOver(session({}), new Date('2026-03-02T00:30:00.000Z'))).toBe(true);
  });

  it('shows clinic times on the hospital clock', () => {
    expect(chinaClock('2026-03-02T00:00:00.000Z')).toBe('08:00');
    expect(chinaClock('2026-03-01T16:30:00.000Z', true)).toBe('03-02 00:30');
  });
});
