/**
 * Smart triage (智能导诊): which departments fit what the patient describes. Pure: the rules come from the
 * triage_rules table and are passed in, so admins change answers without a release.
 */

export type Sex = 'male' | 'female';
export type Pregnancy = 'any' | 'pregnant' | 'not_pregnant';

export interface TriageRule {
  id: string;
  code: string;
  symptom: string;
  symptomEn: string;
  keywords: string[];
  bodyPart: string | null;
  minAge: number | null;
  maxAge: number | null;
  sex: Sex | null;
  pregnancy: Pregnancy;
  departmentCode: string;
  weight: number;
  emergency: boolean;
  reasonZh: string;
  reasonEn: string;
  enabled: boolean;
}

export interface TriageInput {
  text?: string;
  bodyPart?: string;
  symptoms?: string[];
  age?: number;
  sex?: Sex;
  pregnant?: boolean;
}

export interface Reason {
  ruleCode: string;
  symptom: string;
  zh: string;
  en: string;
  score: number;
}

export interface DepartmentSuggestion {
  departmentCode: string;
  score: number;
  emergency: boolean;
  reasons: Reason[];
}

export interface TriageOutcome {
  emergency: boolean;
  suggestions: DepartmentSuggestion[];
}

/** Body parts the picker offers; rules refer to them by code. */
export const BODY_PARTS = [
  { code: 'head', zh: '头部', en: 'Head' },
  { code: 'eye', zh: '眼睛', en: 'Eyes' },
  { code: 'ent', zh: '耳鼻喉', en: 'Ear, nose, throat' },
  { code: 'mouth', zh: '口腔牙齿', en: 'Mouth and teeth' },
  { code: 'neck', zh: '颈部', en: 'Neck' },
  { code: 'chest', zh: '胸部', en: 'Chest' },
  { code: 'abdomen', zh: '腹部', en: 'Abdomen' },
  { code: 'back', zh: '腰背', en: 'Back' },
  { code: 'pelvis', zh: '泌尿生殖', en: 'Urinary and genital' },
  { code: 'limbs', zh: '四肢关节', en: 'Limbs and joints' },
  { code: 'skin', zh: '皮肤', en: 'Skin' },
  { code: 'whole', zh: '全身', en: 'Whole body' },
  { code: 'mind', zh: '心理睡眠', en: 'Mood and sleep' },
] as const;
export const BODY_PART_CODES: readonly string[] = BODY_PARTS.map((b) => b.code);

/** Without an age the patient is taken as an adult: child-only and elderly-only rules need a known age. */
const ASSUMED_ADULT_AGE = 30;
/** A body part alone says little; its rules count a quarter. */
const BODY_PART_ONLY = 0.25;
/** A match on the body part the patient picked counts a little more. */
const SAME_BODY_PART = 1.2;
/** A rule for one sex, when the patient did not say theirs, might not apply: it counts half. */
const SEX_UNKNOWN = 0.5;

const normalize = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** `胸痛+大汗` matches when every part is in the text, in any order. */
export function keywordMatches(keyword: string, text: string): boolean {
  const parts = keyword.split('+').map(normalize).filter(Boolean);
  return parts.length > 0 && parts.every((p) => text.includes(p));
}

export function ruleApplies(rule: TriageRule, input: TriageInput): boolean {
  if (!rule.enabled) return false;
  const age = input.age ?? ASSUMED_ADULT_AGE;
  if (rule.minAge !== null && age < rule.minAge) return false;
  if (rule.maxAge !== null && age > rule.maxAge) return false;
  if (rule.sex && input.sex && rule.sex !== input.sex) return false;
  if (rule.pregnancy === 'pregnant' && input.pregnant !== true) return false;
  if (rule.pregnancy === 'not_pregnant' && input.pregnant === true) return false;
  return true;
}

/** 1 when the patient's words or chips name the rule's symptom, a quarter for the body part alone, else 0. */
export function matchStrength(rule: TriageRule, input: TriageInput): number {
  const text = normalize(input.text ?? '');
  const chips = new Set((input.symptoms ?? []).map(normalize));
  const named = chips.has(normalize(rule.symptom)) || (text !== '' && (text.includes(normalize(rule.symptom)) || rule.keywords.some((k) => keywordMatches(k, text))));
  const samePart = input.bodyPart !== undefined && rule.bodyPart === input.bodyPart;
  if (named) return samePart ? SAME_BODY_PART : 1;
  const saidNothingElse = text === '' && chips.size === 0;
  return samePart && saidNothingElse && !rule.emergency ? BODY_PART_ONLY : 0;
}

/** Ranks departments by the summed weight of the rules that fit; a red flag puts 急诊 first. */
export function scoreTriage(rules: TriageRule[], input: TriageInput): TriageOutcome {
  const byDept = new Map<string, DepartmentSuggestion>();
  let emergency = false;
  for (const rule of rules) {
    if (!ruleApplies(rule, input)) continue;
    const strength = matchStrength(rule, input);
    if (strength === 0) continue;
    const certainty = rule.sex && !input.sex ? SEX_UNKNOWN : 1;
    const score = Math.round(rule.weight * strength * certainty * 100) / 100;
    if (rule.emergency) emergency = true;
    const s = byDept.get(rule.departmentCode) ?? { departmentCode: rule.departmentCode, score: 0, emergency: false, reasons: [] };
    s.score += score;
    s.emergency ||= rule.emergency;
    s.reasons.push({ ruleCode: rule.code, symptom: rule.symptom, zh: rule.reasonZh, en: rule.reasonEn, score });
    byDept.set(rule.departmentCode, s);
  }
  const suggestions = [...byDept.values()]
    .map((s) => ({ ...s, score: Math.round(s.score * 100) / 100, reasons: s.reasons.sort((a, b) => b.score - a.score) }))
    .sort((a, b) => Number(b.emergency) - Number(a.emergency) || b.score - a.score || a.departmentCode.localeCompare(b.departmentCode));
  return { emergency, suggestions };
}

/** Chips per body part: the distinct symptoms of the enabled rules, emergencies included (they must be sayable). */
export function chipsByBodyPart(rules: TriageRule[]): Map<string, { symptom: string; symptomEn: string }[]> {
  const out = new Map<string, { symptom: string; symptomEn: string }[]>();
  for (const r of rules) {
    if (!r.enabled || !r.bodyPart) continue;
    const list = out.get(r.bodyPart) ?? [];
    if (!list.some((c) => c.symptom === r.symptom)) list.push({ symptom: r.symptom, symptomEn: r.symptomEn });
    out.set(r.bodyPart, list);
  }
  return out;
}
