/**
 * 体检与疫苗 rules as pure functions; the services apply them inside one transaction and leave every limit that
 * racing requests could break (places, one exam a day, one open dose per vaccine) to the database.
 */
import { ageOn } from '../patients/domain';
import { addDays, chinaDate, chinaInstant } from '../schedule/domain';

export type Sex = 'male' | 'female' | 'any';

/** Dates open for booking: tomorrow up to this many days ahead (today cannot be cancelled any more). */
export const BOOKING_WINDOW_DAYS = 14;
export const HOLD_MINUTES = 15;
export const ACTIVE = ['held', 'confirmed'] as const;

export function bookableDates(now: Date, days = BOOKING_WINDOW_DAYS): string[] {
  const today = chinaDate(now);
  return Array.from({ length: days }, (_, i) => addDays(today, i + 1));
}

export type DateProblem = 'past' | 'too_far';

export function dateProblem(date: string, now: Date): DateProblem | null {
  const today = chinaDate(now);
  if (date <= today) return 'past';
  if (date > addDays(today, BOOKING_WINDOW_DAYS)) return 'too_far';
  return null;
}

/** Cancel (退约) is allowed until the day before. */
export const canCancel = (date: string, now: Date): boolean => date > chinaDate(now);

export interface Restriction {
  sex: string;
  ageMin: number | null;
  ageMax: number | null;
}

export type EligibilityProblem = 'sex' | 'age_unknown' | 'too_young' | 'too_old';

/** Sex and age (whole years on the booked day, China calendar) against a package's or a vaccine's limits. */
export function eligibility(rule: Restriction, person: { gender: string | null; birthDate: string | null }, date: string): EligibilityProblem | null {
  if (rule.sex !== 'any' && person.gender !== rule.sex) return 'sex';
  if (rule.ageMin === null && rule.ageMax === null) return null;
  const age = ageOn(person.birthDate, chinaInstant(date, '12:00'));
  if (age === null) return 'age_unknown';
  if (rule.ageMin !== null && age < rule.ageMin) return 'too_young';
  if (rule.ageMax !== null && age > rule.ageMax) return 'too_old';
  return null;
}

export interface DosePlan {
  /** The dose to book next, or null when the course is complete. */
  nextDose: number | null;
  /** The first date that dose may be given: the day after the last dose plus the interval, never before tomorrow. */
  earliestDate: string | null;
}

/** Which dose comes next, from the doses given so far (each dose needs the one before it). */
export function planDose(vaccine: { doses: number; intervalDays: number }, given: { doseNo: number; givenOn: string }[], now: Date): DosePlan {
  const tomorrow = addDays(chinaDate(now), 1);
  const last = given.reduce<{ doseNo: number; givenOn: string } | null>((a, d) => (!a || d.doseNo > a.doseNo ? d : a), null);
  const next = (last?.doseNo ?? 0) + 1;
  if (next > vaccine.doses) return { nextDose: null, earliestDate: null };
  if (!last) return { nextDose: 1, earliestDate: tomorrow };
  const due = addDays(last.givenOn, vaccine.intervalDays);
  return { nextDose: next, earliestDate: due > tomorrow ? due : tomorrow };
}

/** Remaining places of a day: the tightest of the rows that limit it (package and exam centre); null when not offered. */
export function remainingOf(rows: { capacity: number; booked: number }[]): { capacity: number; remaining: number } | null {
  if (rows.length === 0) return null;
  return {
    capacity: Math.min(...rows.map((r) => r.capacity)),
    remaining: Math.max(0, Math.min(...rows.map((r) => r.capacity - r.booked))),
  };
}
