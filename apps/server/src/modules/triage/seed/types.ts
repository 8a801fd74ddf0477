import type { Pregnancy, Sex } from '../domain';

export interface SeedRule {
  code: string;
  departmentCode: string;
  weight: number;
  bodyPart: string | null;
  symptom: string;
  symptomEn: string;
  keywords: string[];
  reasonZh: string;
  reasonEn: string;
  minAge: number | null;
  maxAge: number | null;
  sex: Sex | null;
  pregnancy: Pregnancy;
  emergency: boolean;
}

type Condition = Partial<Pick<SeedRule, 'minAge' | 'maxAge' | 'sex' | 'pregnancy'>>;

/** Child (< 14) and adult variants: the hospital's 儿科 sees children under 14. */
export const CHILD: Condition = { maxAge: 13 };
export const ADULT: Condition = { minAge: 14 };

/** Compact rule rows: keywords are `|`-separated so each rule stays one readable line. */
export function rule(
  code: string,
  departmentCode: string,
  weight: number,
  bodyPart: string | null,
  [symptom, symptomEn]: [string, string],
  keywords: string,
  [reasonZh, reasonEn]: [string, string],
  condition: Condition = {},
  emergency = false,
): SeedRule {
  return {
    code, departmentCode, weight, bodyPart, symptom, symptomEn, reasonZh, reasonEn, emergency,
    keywords: keywords.split('|').filter(Boolean),
    minAge: condition.minAge ?? null,
    maxAge: condition.maxAge ?? null,
    sex: condition.sex ?? null,
    pregnancy: condition.pregnancy ?? 'any',
  };
}
