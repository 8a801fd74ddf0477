import type { ReportPatient } from '@xinglin/hl7';
import { validateMainlandIdNumber } from '@xinglin/identity';
import type { Protection } from '../../security/protection';
import type { BatchReads, IdentifierKey, IngestPatient } from './batch-read';

/** Identifier types (HL7 table 0203 and local habits) that carry a resident ID number (身份证). */
const NATIONAL_ID_TYPES = new Set(['NI', 'NNCHN', 'ID', 'SFZ', 'CZ', 'PPN_CN', 'NN']);

export type MatchOutcome = { kind: 'matched'; patient: IngestPatient; by: 'id_number' | 'medical_card' } | { kind: 'unmatched'; reason: string };

/** The lookups a PID's identifiers ask for (readBatch fetches them for a whole batch). */
export function identifierKeys(protection: Protection, subject: ReportPatient, now: Date): IdentifierKey[] {
  const keys: IdentifierKey[] = [];
  for (const id of subject.identifiers) {
    const value = id.value.trim().toUpperCase();
    if (!value) continue;
    const asIdNumber = validateMainlandIdNumber(value, now);
    if (asIdNumber.ok && (NATIONAL_ID_TYPES.has((id.type ?? '').toUpperCase()) || !id.type)) keys.push({ kind: 'id_number', index: protection.index('id_number', asIdNumber.normalized) });
    else if (value.length <= 32) keys.push({ kind: 'card', cardNo: value });
  }
  return keys;
}

/**
 * Finds our patient for the sender's PID. A resident ID number (through the patients' blind index) or a medical
 * card bound in the patients context identifies a candidate; the sender's name and birth date, when given, must
 * agree with ours, and two identifiers pointing at different people match nobody: a wrong match would show one
 * person's results to another, an unmatched one only waits in the console queue.
 */
/** `keys`: identifierKeys of the subject; `found`: what readBatch found for them. */
export function matchPatient(found: Pick<BatchReads, 'byIdNumberIndex' | 'byCard'>, keys: IdentifierKey[], subject: ReportPatient): MatchOutcome {
  const candidates = new Map<string, { patient: IngestPatient; by: 'id_number' | 'medical_card' }>();
  for (const key of keys) {
    if (key.kind === 'id_number') {
      const p = found.byIdNumberIndex.get(key.index);
      if (p) candidates.set(p.id, { patient: p, by: 'id_number' });
      continue;
    }
    const p = found.byCard.get(key.cardNo);
    if (p && !candidates.has(p.id)) candidates.set(p.id, { patient: p, by: 'medical_card' });
  }
  if (candidates.size === 0) return { kind: 'unmatched', reason: 'no_identifier_known' };
  if (candidates.size > 1) return { kind: 'unmatched', reason: 'identifiers_disagree' };
  const [only] = [...candidates.values()];
  if (subject.name && !sameName(subject.name, only!.patient.name)) return { kind: 'unmatched', reason: 'name_mismatch' };
  if (subject.birthDate && only!.patient.birthDate && subject.birthDate !== only!.patient.birthDate) return { kind: 'unmatched', reason: 'birth_date_mismatch' };
  return { kind: 'matched', ...only! };
}

const normaliseName = (s: string) => s.normalize('NFKC').replace(/[\s^·•.]/g, '').toLowerCase();

export function sameName(a: string, b: string): boolean {
  return normaliseName(a) === normaliseName(b);
}
