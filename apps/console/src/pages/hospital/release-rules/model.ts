import type { Department } from '@xinglin/contracts';
import type { ReleaseRule } from './service';

export interface RuleRow {
  key: string;
  departmentId: string | null;
  name: string;
  /** The department's own rule; null when it follows the hospital's. */
  own: ReleaseRule | null;
  /** The rule in force (own, else the hospital's, else the built-in default). */
  effective: ReleaseRule;
}

/** The server's default when the hospital has none: 7 days ahead at 08:00, same-day booking allowed. */
export const DEFAULT_RULE: Omit<ReleaseRule, 'departmentId'> = { daysAhead: 7, releaseTime: '08:00', sameDay: true };

/** The hospital first, then every bookable department with its own rule or the inherited one. */
export function ruleRows(rules: readonly ReleaseRule[], departments: readonly Department[], hospitalName: string, lang: 'zh' | 'en'): RuleRow[] {
  const hospital = rules.find((r) => r.departmentId === null) ?? null;
  const base = hospital ?? { departmentId: null, ...DEFAULT_RULE };
  const byDepartment = new Map(rules.filter((r) => r.departmentId).map((r) => [r.departmentId, r]));
  return [
    { key: 'hospital', departmentId: null, name: hospitalName, own: hospital, effective: base },
    ...departments.map((d) => {
      const own = byDepartment.get(d.id) ?? null;
      return { key: d.id, departmentId: d.id, name: lang === 'en' ? d.nameEn : d.name, own, effective: own ?? { ...base, departmentId: d.id } };
    }),
  ];
}
