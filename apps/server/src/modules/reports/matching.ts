import type { ReportPatient } from '@xinglin/hl7';
import { validateMainlandIdNumber } from '@xinglin/identity';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import type { Protection } from '../../security/protection';
import { findPatient, findPatientByIdNumber, type PatientRow } from '../patients/repository';
import { medicalCards } from '../patients/tables';

/** Identifier types (HL7 table 0203 and local habits) that carry a resident ID number (身份证). */
const NATIONAL_ID_TYPES = new Set(['NI', 'NNCHN', 'ID', 'SFZ', 'CZ', 'PPN_CN', 'NN']);

export type MatchOutcome = { kind: 'matched'; patient: PatientRow; by: 'id_number' | 'medical_card' } | { kind: 'unmatched'; reason: string };

/**
 * Finds our patient for the sender's PID. A resident ID number (through the patients' blind index) or a medical
 * card bound in the patients context identifies a candidate; the sender's name and birth date, when given, must
 * agree with ours, and two identifiers pointing at different people match nobody: a wrong match would show one
 * person's results to another, an unmatched one only waits in the console queue.
 */
export async function matchPatient(tx: Tx, protection: Protection, subject: ReportPatient, now: Date): Promise<MatchOutcome> {
  const candidates = new Map<string, { patient: PatientRow; by: 'id_number' | 'medical_card' }>();
  for (const id of subject.identifiers) {
    const value = id.value.trim().toUpperCase();
    if (!value) continue;
    const asIdNumber = validateMainlandIdNumber(value, now);
    if (asIdNumber.ok && (NATIONAL_ID_TYPES.has((id.type ?? '').toUpperCase()) || !id.type)) {
      const p = await findPatientByIdNumber(tx, 'mainland_id', protection.index('id_number', asIdNumber.normalized));
      if (p) candidates.set(p.id, { patient: p, by: 'id_number' });
      continue;
    }
    if (value.length > 32) continue;
    const [card] = await tx.select({ patientId: medicalCards.patientId }).from(medicalCards).where(eq(medicalCards.cardNo, value));
    const p = card ? await findPatient(tx, card.patientId) : null;
    if (p && !candidates.has(p.id)) candidates.set(p.id, { patient: p, by: 'medical_card' });
  }
  if (candidates.size === 0) return { kind: 'unmatched', reason: 'no_identifier_known' };
  if (candidates.size > 1) return { kind: 'unmatched', reason: 'identifiers_disagree' };
  const [found] = [...candidates.values()];
  if (subject.name && !sameName(subject.name, found!.patient.name)) return { kind: 'unmatched', reason: 'name_mismatch' };
  if (subject.birthDate && found!.patient.birthDate && subject.birthDate !== found!.patient.birthDate) return { kind: 'unmatched', reason: 'birth_date_mismatch' };
  return { kind: 'matched', ...found! };
}

const normaliseName = (s: string) => s.normalize('NFKC').replace(/[\s^·•.]/g, '').toLowerCase();

export function sameName(a: string, b: string): boolean {
  return normaliseName(a) === normaliseName(b);
}
