import { z } from 'zod';
import { departmentListSchema, releaseRuleSchema, type ReleaseRuleInput } from '@xinglin/contracts';
import { request } from '../../../services/request';

export type ReleaseRule = ReleaseRuleInput;

/** 放号规则 (apps/server booking staff routes): the hospital's (departmentId null) and each department's own. */
export async function fetchRules(signal?: AbortSignal) {
  const [rules, departments] = await Promise.all([
    request('/staff/release-rules', { schema: z.object({ items: z.array(releaseRuleSchema) }), signal }),
    request('/departments', { schema: departmentListSchema, signal, auth: false }),
  ]);
  return { rules: rules.items, departments: departments.items.filter((d) => d.bookable) };
}

/** Saving re-times the clinics not yet released; the answer says how many. */
export const saveRule = (rule: ReleaseRule) =>
  request('/staff/release-rules', { method: 'PUT', body: rule, schema: z.object({ retimed: z.number() }) });
