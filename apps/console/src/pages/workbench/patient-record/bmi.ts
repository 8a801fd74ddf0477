import type { Bilingual } from '../../../locales';

export interface Bmi {
  value: number;
  /** Adult category (WS/T 428—2013, the Chinese adult cut-offs); none for children or unknown age. */
  category: (Bilingual & { color: string }) | null;
}

const categories = [
  { below: 18.5, zh: '偏瘦', en: 'Underweight', color: 'blue' },
  { below: 24, zh: '正常', en: 'Normal', color: 'green' },
  { below: 28, zh: '超重', en: 'Overweight', color: 'orange' },
  { below: Infinity, zh: '肥胖', en: 'Obese', color: 'red' },
];

/**
 * Body-mass index from the record's height and weight, one decimal (tested). The adult cut-offs
 * do not apply under 18, where BMI needs age- and sex-specific growth charts, so the label is
 * shown only for a known adult age: "偏瘦" on a child's chart would mislead.
 */
export function bmiOf(heightCm: number | null, weightKg: number | null, age: number | null = null): Bmi | null {
  if (!heightCm || !weightKg) return null;
  const metres = heightCm / 100;
  const value = Math.round((weightKg / (metres * metres)) * 10) / 10;
  if (!Number.isFinite(value)) return null;
  const found = categories.find((c) => value < c.below) ?? null;
  const category = age === null || age < 18 ? null : found && { zh: found.zh, en: found.en, color: found.color };
  return { value, category };
}
