import type { WaitlistAdminEntry } from './service';

export interface WaitlistSummary {
  waiting: number;
  /** Places offered and held for someone who has not paid yet. */
  offered: number;
  /** Clinics with people waiting for them specifically (not counting department-wide entries). */
  clinics: number;
}

export function summarise(entries: readonly WaitlistAdminEntry[]): WaitlistSummary {
  return {
    waiting: entries.filter((e) => e.status === 'waiting').length,
    offered: entries.filter((e) => e.status === 'offered').length,
    clinics: new Set(entries.filter((e) => e.status === 'waiting' && e.sessionId).map((e) => e.sessionId)).size,
  };
}

/** Offers first (they run out soonest, earliest expiry first), then the line in order. */
export function displayOrder(entries: readonly WaitlistAdminEntry[]): WaitlistAdminEntry[] {
  const offers = entries.filter((e) => e.status === 'offered').sort((a, b) => (a.offerExpiresAt ?? '').localeCompare(b.offerExpiresAt ?? ''));
  const line = entries.filter((e) => e.status === 'waiting').sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  return [...offers, ...line];
}

/** Whole minutes until an offer lapses (0 once it has), for "还剩 N 分钟". */
export function minutesLeft(expiresAt: string | null, now: Date): number | null {
  if (!expiresAt) return null;
  return Math.max(0, Math.ceil((Date.parse(expiresAt) - now.getTime()) / 60_000));
}

/** The clinics one can narrow the view to: each session with its doctor, day and period, in date order. */
export function clinicsOf(entries: readonly WaitlistAdminEntry[]) {
  const seen = new Map<string, { sessionId: string; doctorName: string; date: string; period: NonNullable<WaitlistAdminEntry['period']> }>();
  for (const e of entries) {
    if (e.sessionId && e.sessionDate && e.period && !seen.has(e.sessionId)) {
      seen.set(e.sessionId, { sessionId: e.sessionId, doctorName: e.doctorName ?? '', date: e.sessionDate, period: e.period });
    }
  }
  const order = { morning: 0, afternoon: 1, evening: 2 } as const;
  return [...seen.values()].sort((a, b) => a.date.localeCompare(b.date) || order[a.period] - order[b.period] || a.doctorName.localeCompare(b.doctorName));
}
