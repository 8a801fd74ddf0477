import type { ReportPatient } from '@xinglin/hl7';
import { validateMainlandIdNumber } from '@xinglin/identity';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { Protection } from '../../security/protection';
import type { PatientRow } from '../patients/repository';
import { accounts } from '../auth/tables';
import { medicalCards, patientManagers, patients } from '../patients/tables';

/** Identifier types (HL7 table 0203 and local habits) that carry a resident ID number (身份证). */
const NATIONAL_ID_TYPES = new Set(['NI', 'NNCHN', 'ID', 'SFZ', 'CZ', 'PPN_CN', 'NN']);

export type MatchOutcome = { kind: 'matched'; patient: PatientRow; by: 'id_number' | 'medical_card' } | { kind: 'unmatched'; reason: string };

/** How a PID identifier is looked up: a resident ID number through the patients' blind index, anything else as a medical card. */
type IdentifierKey = { kind: 'id_number'; index: string } | { kind: 'card'; cardNo: string };

/** Where matchPatient finds patients: a batch's identifiers fetched at once (prefetchPatients). */
export interface PatientLookup {
  byIdNumberIndex(index: string): Promise<PatientRow | null>;
  byCard(cardNo: string): Promise<PatientRow | null>;
}

function identifierKeys(protection: Protection, subject: ReportPatient, now: Date): IdentifierKey[] {
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

/** The patients every subject of a batch could be, in two queries (ID numbers, cards) instead of one or two per message. */
export async function prefetchPatients(tx: Executor, protection: Protection, subjects: ReportPatient[], now: Date): Promise<PatientLookup> {
  const keys = subjects.flatMap((s) => identifierKeys(protection, s, now));
  const indexes = [...new Set(keys.flatMap((k) => (k.kind === 'id_number' ? [k.index] : [])))];
  const cardNos = [...new Set(keys.flatMap((k) => (k.kind === 'card' ? [k.cardNo] : [])))];
  const byIndex = new Map<string, PatientRow>();
  const byCard = new Map<string, PatientRow>();
  // One round trip for both: the patients with these ID numbers, and those holding these cards (card null).
  const byIdNumber = tx
    .select({ cardNo: sql<string | null>`null::text`.as('card_no'), patient: patients })
    .from(patients)
    .where(and(eq(patients.idType, 'mainland_id'), inArray(patients.idNumberIndex, indexes.length ? indexes : [''])));
  const byCardNo = tx
    .select({ cardNo: sql<string | null>`${medicalCards.cardNo}`.as('card_no'), patient: patients })
    .from(medicalCards)
    .innerJoin(patients, eq(patients.id, medicalCards.patientId))
    .where(inArray(medicalCards.cardNo, cardNos.length ? cardNos : ['']));
  const rows = indexes.length || cardNos.length ? await byIdNumber.unionAll(byCardNo) : [];
  for (const r of rows) {
    if (r.cardNo === null) byIndex.set(r.patient.idNumberIndex, r.patient);
    else byCard.set(r.cardNo, r.patient);
  }
  return { byIdNumberIndex: async (index) => byIndex.get(index) ?? null, byCard: async (cardNo) => byCard.get(cardNo) ?? null };
}

export type ManagerRow = typeof patientManagers.$inferSelect;

/** The live managers of a batch's matched patients in one query (patients' managersOf, for many patients at once). */
export async function prefetchManagers(tx: Executor, patientIds: string[]): Promise<Map<string, ManagerRow[]>> {
  const byPatient = new Map<string, ManagerRow[]>(patientIds.map((id) => [id, []]));
  if (patientIds.length === 0) return byPatient;
  const rows = await tx
    .select({ manager: patientManagers })
    .from(patientManagers)
    .innerJoin(accounts, eq(accounts.id, patientManagers.accountId))
    .where(and(inArray(patientManagers.patientId, [...byPatient.keys()]), isNull(patientManagers.revokedAt)))
    .orderBy(asc(patientManagers.createdAt));
  for (const { manager } of rows) byPatient.get(manager.patientId)!.push(manager);
  return byPatient;
}

/**
 * Finds our patient for the sender's PID. A resident ID number (through the patients' blind index) or a medical
 * card bound in the patients context identifies a candidate; the sender's name and birth date, when given, must
 * agree with ours, and two identifiers pointing at different people match nobody: a wrong match would show one
 * person's results to another, an unmatched one only waits in the console queue.
 */
export async function matchPatient(lookup: PatientLookup, protection: Protection, subject: ReportPatient, now: Date): Promise<MatchOutcome> {
  const candidates = new Map<string, { patient: PatientRow; by: 'id_number' | 'medical_card' }>();
  for (const key of identifierKeys(protection, subject, now)) {
    if (key.kind === 'id_number') {
      const p = await lookup.byIdNumberIndex(key.index);
      if (p) candidates.set(p.id, { patient: p, by: 'id_number' });
      continue;
    }
    const p = await lookup.byCard(key.cardNo);
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
