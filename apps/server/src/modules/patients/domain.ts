/** Family-member rules (就诊人). Pure functions; the service applies them inside transactions. */
export const MAX_PATIENTS_PER_ACCOUNT = 5;
/** Under this age a guardian may add a child without the child's own phone consent. */
export const GUARDIAN_ONLY_BELOW_AGE = 14;
/** Until this age a managing parent reads the record without a separate grant. */
export const ADULT_AGE = 18;
export const INVITATION_TTL_SECONDS = 10 * 60;

export function ageOn(birthDate: string | null, today: Date): number | null {
  if (!birthDate) return null;
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  // Birthdays count in China's calendar day, whatever the server's time zone.
  const local = new Date(today.getTime() + 8 * 3600_000);
  let age = local.getUTCFullYear() - y;
  if (local.getUTCMonth() + 1 < m || (local.getUTCMonth() + 1 === m && local.getUTCDate() < d)) age--;
  return age;
}

export interface AccessFacts {
  isSelf: boolean;
  manager: { recordAccess: boolean } | null;
  age: number | null;
  hasOwnAccount: boolean;
}

export interface PatientAccess {
  manage: boolean;
  record: boolean;
}

/**
 * Self: everything. A manager books and pays; reads the health record only with the adult's grant, or while
 * the patient is a minor without an account of their own. Anyone else: nothing (the API answers 404).
 */
export function decideAccess(f: AccessFacts): PatientAccess | null {
  if (f.isSelf) return { manage: true, record: true };
  if (!f.manager) return null;
  const minorInCare = f.age !== null && f.age < ADULT_AGE && !f.hasOwnAccount;
  return { manage: true, record: f.manager.recordAccess || minorInCare };
}

export function needsOwnConsent(age: number | null): boolean {
  return age === null || age >= GUARDIAN_ONLY_BELOW_AGE;
}
