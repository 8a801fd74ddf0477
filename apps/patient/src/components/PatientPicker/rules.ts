import type { PatientSummary } from '@xinglin/contracts';

/** Booking needs 实名 L2: the server refuses below it, so the picker greys those patients out. */
export const canBook = (p: Pick<PatientSummary, 'verificationLevel'>) => p.verificationLevel >= 2;

/** Until the user picks: the account holder if they may book, else the first family member who may. */
export function defaultPatientId(list: readonly Pick<PatientSummary, 'id' | 'isSelf' | 'verificationLevel'>[]): string | null {
  return (list.find((p) => p.isSelf && canBook(p)) ?? list.find(canBook))?.id ?? null;
}
