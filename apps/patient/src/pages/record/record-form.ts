import { type HealthRecord, healthRecordUpdateSchema } from '@xinglin/contracts';
import type { MessageKey } from '../../i18n';
import type { HealthRecordUpdate } from '../../services/records';

/** The edit form's state: numbers as typed text, lists as chips. */
export interface RecordDraft {
  heightCm: string;
  weightKg: string;
  bloodType: HealthRecord['bloodType'];
  address: string;
  pastHistory: string;
  allergies: string[];
  chronicConditions: string[];
  medications: string[];
  familyHistory: string;
}
export type DraftErrors = Partial<Record<keyof RecordDraft, MessageKey>>;

export const LIST_FIELDS = ['allergies', 'chronicConditions', 'medications'] as const;
export const TEXT_FIELDS = ['pastHistory', 'familyHistory'] as const;

const num = (n: number | null) => (n === null ? '' : String(n));

export function toDraft(r: HealthRecord): RecordDraft {
  return {
    heightCm: num(r.heightCm), weightKg: num(r.weightKg), bloodType: r.bloodType, address: r.address ?? '',
    pastHistory: r.pastHistory, allergies: r.allergies, chronicConditions: r.chronicConditions,
    medications: r.medications, familyHistory: r.familyHistory,
  };
}

const MESSAGES: Record<keyof RecordDraft, MessageKey> = {
  heightCm: 'record.err.height', weightKg: 'record.err.weight', bloodType: 'record.err.text', address: 'record.err.text',
  pastHistory: 'record.err.text', familyHistory: 'record.err.text', allergies: 'record.err.chip',
  chronicConditions: 'record.err.chip', medications: 'record.err.chip',
};

/** Checks the draft with the API's own schema; returns the body to PUT or a message key per field. */
export function fromDraft(d: RecordDraft, version: number): { body: HealthRecordUpdate } | { errors: DraftErrors } {
  const toNumber = (s: string) => (s.trim() === '' ? null : Number(s.trim()));
  const candidate = {
    ...d, heightCm: toNumber(d.heightCm), weightKg: toNumber(d.weightKg), address: d.address.trim() || null, version };
  const parsed = healthRecordUpdateSchema.safeParse(candidate);
  if (parsed.success) return { body: parsed.data };
  const errors: DraftErrors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path[0] as keyof RecordDraft;
    if (key in MESSAGES) errors[key] = MESSAGES[key];
  }
  return { errors };
}

/** Body-mass index to one decimal, when both height and weight are known. */
export function bmi(r: Pick<HealthRecord, 'heightCm' | 'weightKg'>): string | null {
  if (!r.heightCm || !r.weightKg) return null;
  return (r.weightKg / (r.heightCm / 100) ** 2).toFixed(1);
}
