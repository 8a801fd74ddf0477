/** Booking rules from the brief; the numbers are configurable. */
export interface BookingRules {
  holdMinutes: number;
  maxDepartmentsPerDay: number;
  maxOpenPerAccount: number;
  /** Cancel (退号) allowed until this many minutes before the slot starts. */
  cancelCutoffMinutes: number;
  /** The doctor may read the record from booking until this many days after the visit. */
  careDaysAfterVisit: number;
  /** A place offered from the waitlist (候补) is held this long. */
  waitlistHoldMinutes: number;
  /** 号源转让: the recipient has this long to accept; an account may give away this many a month. */
  transferAcceptMinutes: number;
  transfersPerMonth: number;
  /** 爽约: this many no-shows within the window suspend booking for `suspensionDays`. */
  noShowThreshold: number;
  noShowWindowDays: number;
  suspensionDays: number;
}

export const DEFAULT_BOOKING_RULES: BookingRules = {
  holdMinutes: 15,
  maxDepartmentsPerDay: 3,
  maxOpenPerAccount: 10,
  cancelCutoffMinutes: 120,
  careDaysAfterVisit: 7,
  waitlistHoldMinutes: 30,
  transferAcceptMinutes: 120,
  transfersPerMonth: 2,
  noShowThreshold: 3,
  noShowWindowDays: 90,
  suspensionDays: 90,
};

export type SlotProblem = 'stopped' | 'not_released' | 'past' | 'same_day_closed';

/** Can this slot be booked at `now`? (Capacity is not decided here: only the conditional update may do that.) */
export function slotProblem(session: { status: string; releaseAt: Date; date: string }, slot: { startsAt: Date }, now: Date, sameDayAllowed = true): SlotProblem | null {
  if (session.status !== 'open') return 'stopped';
  if (session.releaseAt > now) return 'not_released';
  if (slot.startsAt <= now) return 'past';
  if (!sameDayAllowed && session.date === new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10)) return 'same_day_closed';
  return null;
}

export function canCancel(slotStartsAt: Date, now: Date, rules: BookingRules): boolean {
  return slotStartsAt.getTime() - now.getTime() >= rules.cancelCutoffMinutes * 60_000;
}
