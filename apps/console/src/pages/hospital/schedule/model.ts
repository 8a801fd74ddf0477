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

/** Places taken (paid or held): the patients a 停诊 would reach. A stopped clinic has none left (its bookings ended). */
export const takenPlaces = (s: ClinicSession) => (s.status === 'stopped' ? 0 : Math.max(0, s.capacity - s.remaining));

export type SessionTone = 'stopped' | 'full' | 'unreleased' | 'open';

export function sessionTone(s: ClinicSession): SessionTone {
  if (s.status === 'stopped') return 'stopped';
  if (!s.released) return 'unreleased';
  return s.remaining === 0 ? 'full' : 'open';
}

/** A clinic can still change (停诊, 加号) until its last slot has ended. */
export const isOver = (s: ClinicSession, now: Date) => s.slots.every((slot) => Date.parse(slot.endsAt) <= now.getTime());

const CHINA_OFFSET_MS = 8 * 3600_000;
/** Clinic times are the hospital's wall clock (China time), whatever zone the browser is in. */
export const chinaClock = (iso: string, withDate = false) => {
  const shifted = new Date(Date.parse(iso) + CHINA_OFFSET_MS).toISOString();
  return withDate ? `${shifted.slice(5, 10)} ${shifted.slice(11, 16)}` : shifted.slice(11, 16);
};
