import type { ClinicSession } from '@xinglin/contracts';

export type DayState = 'available' | 'full' | 'unreleased' | 'stopped' | 'none';

/** 有号 / 约满 / 未放号 / 停诊 for one day's sessions. */
export function dayState(sessions: readonly ClinicSession[]): DayState {
  if (sessions.length === 0) return 'none';
  const open = sessions.filter((s) => s.status === 'open');
  if (open.length === 0) return 'stopped';
  if (open.some((s) => s.released && s.remaining > 0)) return 'available';
  if (open.some((s) => !s.released)) return 'unreleased';
  return 'full';
}

const order = { morning: 0, afternoon: 1, evening: 2 } as const;
export const byPeriod = (a: ClinicSession, b: ClinicSession) => order[a.period] - order[b.period];
