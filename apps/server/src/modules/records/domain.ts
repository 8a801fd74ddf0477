import type { HealthRecordFields } from '@xinglin/contracts';

/** The encrypted part of a record. */
export type RecordContent = Pick<HealthRecordFields, 'address' | 'pastHistory' | 'allergies' | 'chronicConditions' | 'medications' | 'familyHistory'>;

export const EMPTY_RECORD: HealthRecordFields = {
  heightCm: null,
  weightKg: null,
  bloodType: 'unknown',
  address: null,
  pastHistory: '',
  allergies: [],
  chronicConditions: [],
  medications: [],
  familyHistory: '',
};

export function splitRecord(f: HealthRecordFields): { clear: Pick<HealthRecordFields, 'heightCm' | 'weightKg' | 'bloodType'>; content: RecordContent } {
  const { heightCm, weightKg, bloodType, ...content } = f;
  return { clear: { heightCm, weightKg, bloodType }, content };
}

/** Which fields a save changed; the version history shows these names, never the values. */
export function changedFields(before: HealthRecordFields, after: HealthRecordFields): string[] {
  return (Object.keys(after) as (keyof HealthRecordFields)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

/** Normalises free input: trimmed, de-duplicated list items keep their order. */
export function normaliseRecord(f: HealthRecordFields): HealthRecordFields {
  const list = (xs: string[]) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];
  return {
    ...f,
    address: f.address?.trim() || null,
    pastHistory: f.pastHistory.trim(),
    familyHistory: f.familyHistory.trim(),
    allergies: list(f.allergies),
    chronicConditions: list(f.chronicConditions),
    medications: list(f.medications),
  };
}
