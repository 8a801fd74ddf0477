/** Booking rules from the brief; the numbers are configurable. */
export interface BookingRules {
  holdMinutes: number;
  maxDepartmentsPerDay: number;
  maxOpenPerAccount: number;
  /** Cancel (退号) allowed until this many minutes before the slot starts. */
  cancelCutoffMinutes: number;
  /** The doctor may read the record from booking until this many days after the visit. */
  careDaysAfterVisit: number;
}

export const DEFAULT_BOOKING_RULES: BookingRules = { holdMinutes: 15, maxDepartmentsPerDay: 3, maxOpenPerAccount: 10, cancelCutoffMinutes: 120, careDaysAfterVisit: 7 };

export type SlotProblem = 'stopped' | 'not_released' | 'past';

/** Can this slot be booked at `now`? (Capacity is not decided here: only the conditional update may do that.) */
export function slotProblem(session: { status: string; releaseAt: Date }, slot: { startsAt: Date }, now: Date): SlotProblem | null {
  if (session.status !== 'open') return 'stopped';
  if (session.releaseAt > now) return 'not_released';
  if (slot.startsAt <= now) return 'past';
  return null;
}

export function canCancel(slotStartsAt: Date, now: Date, rules: BookingRules): boolean {
  return slotStartsAt.getTime() - now.getTime() >= rules.cancelCutoffMinutes * 60_000;
}
