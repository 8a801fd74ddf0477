import { describe, expect, it } from 'vitest';
import { keywordMatches, matchStrength, ruleApplies, scoreTriage, type TriageRule } from './domain';

const base: TriageRule = {
  id: 'r', code: 'r', symptom: '腹痛', symptomEn: 'Abdominal pain', keywords: ['肚子疼'], bodyPart: 'abdomen', minAge: null, maxAge: null,
  sex: null, pregnancy: 'any', departmentCode: 'gastro', weight: 20, emergency: false, reasonZh: '消化内科', reasonEn: 'GI', enabled: true,
};
const make = (over: Partial<TriageRule>): TriageRule => ({ ...base, ...over, id: over.code ?? base.id });

describe('triage scoring', () => {
  it('matches keywords anywhere, and every part of a `+` keyword in any order', () => {
    expect(keywordMatches('胸痛+大汗', '出了一身大汗，胸痛')).toBe(true);
    expect(keywordMatches('胸痛+大汗', '胸痛')).toBe(false);
    expect(keywordMatches('+', '任何')).toBe(false);
  });

  it('checks age, sex and pregnancy; an unknown age is taken as adult', () => {
    const child = make({ maxAge: 13 });
    expect(ruleApplies(child, { age: 5 })).toBe(true);
    expect(ruleApplies(child, { age: 14 })).toBe(false);
    expect(ruleApplies(child, {})).toBe(false);
    expect(ruleApplies(make({ sex: 'female' }), { sex: 'male' })).toBe(false);
    expect(ruleApplies(make({ sex: 'female' }), {})).toBe(true);
    expect(ruleApplies(make({ pregnancy: 'pregnant' }), { pregnant: false })).toBe(false);
    expect(ruleApplies(make({ pregnancy: 'not_pregnant' }), { pregnant: true })).toBe(false);
    expect(ruleApplies(make({ enabled: false }), {})).toBe(false);
  });

  it('a body part alone counts a quarter; a named symptom on the chosen part a little more than one', () => {
    expect(matchStrength(base, { bodyPart: 'abdomen' })).toBe(0.25);
    expect(matchStrength(base, { bodyPart: 'abdomen', text: '头痛' })).toBe(0);
    expect(matchStrength(base, { text: '肚子疼' })).toBe(1);
    expect(matchStrength(base, { bodyPart: 'abdomen', symptoms: ['腹痛'] })).toBe(1.2);
  });

  it('sums weights per department, explains with reasons, and puts a red flag first', () => {
    const rules = [
      make({ code: 'a', weight: 20 }),
      make({ code: 'b', weight: 15, keywords: ['腹痛'], reasonZh: '第二条' }),
      make({ code: 'c', departmentCode: 'gensurg', weight: 30 }),
      make({ code: 'red', departmentCode: 'er', weight: 1, emergency: true, symptom: '大出血', keywords: ['呕血'] }),
    ];
    const calm = scoreTriage(rules, { text: '肚子疼，腹痛' });
    expect(calm.emergency).toBe(false);
    expect(calm.suggestions.map((s) => [s.departmentCode, s.score])).toEqual([['gastro', 35], ['gensurg', 30]]);
    expect(calm.suggestions[0]!.reasons.map((r) => r.ruleCode)).toEqual(['a', 'b']);
    const red = scoreTriage(rules, { text: '肚子疼还呕血' });
    expect(red.emergency).toBe(true);
    expect(red.suggestions[0]!.departmentCode).toBe('er');
  });

  it('a one-sex rule counts half when the sex is not given', () => {
    const rules = [make({ code: 'f', sex: 'female', departmentCode: 'gyn', weight: 40 }), make({ code: 'g', weight: 25 })];
    expect(scoreTriage(rules, { text: '腹痛' }).suggestions[0]!.departmentCode).toBe('gastro');
    expect(scoreTriage(rules, { text: '腹痛', sex: 'female' }).suggestions[0]!.departmentCode).toBe('gyn');
  });
});
