import type { ClinicSession, Doctor } from '@xinglin/contracts';

const PERIOD_ORDER = { morning: 0, afternoon: 1, evening: 2 } as const;

export interface ScheduleRow {
  doctor: Doctor;
  /** date → that day's clinics, morning first. */
  byDate: Record<string, ClinicSession[]>;
}

/** YYYY-MM-DD dates from `from`, `days` long (calendar arithmetic in UTC, so no time zone shifts). */
export function dateRange(from: string, days: number): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

/** One row per doctor, clinics grouped by date; doctors with no clinic in the window are kept (加诊 needs them). */
export function buildRows(doctors: readonly Doctor[], sessions: readonly ClinicSession[]): ScheduleRow[] {
  return doctors.map((doctor) => {
    const byDate: Record<string, ClinicSession[]> = {};
    for (const s of sessions) if (s.doctorId === doctor.id) (byDate[s.date] ??= []).push(s);
    for (const list of Object.values(byDate)) list.sort((a, b) => PERIOD_ORDER[a.period] - PERIOD_ORDER[b.period]);
    return { doctor, byDate };
  });
}

/** Places taken (paid or held): the patients a 停诊 would reach. */
export const takenPlaces = (s: ClinicSession) => Math.max(0, s.capacity - s.remaining);

export type SessionTone = 'stopped' | 'full' | 'unreleased' | 'open';

export function sessionTone(s: ClinicSession): SessionTone {
  if (s.status === 'stopped') return 'stopped';
  if (!s.released) return 'unreleased';
  return s.remaining === 0 ? 'full' : 'open';
}

/** A clinic can still change (停诊, 加号) until its last slot has ended. */
export const isOver = (s: ClinicSession, now: Date) => s.slots.every((slot) => Date.parse(slot.endsAt) <= now.getTime());
