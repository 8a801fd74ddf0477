import {
  departmentListSchema,
  triageOptionsSchema,
  triageRuleListSchema,
  triageRuleSchema,
  type TriageRuleInput,
  type TriageRuleView,
} from '@xinglin/contracts';
import { request } from '../../../services/request';

export type { TriageRuleInput, TriageRuleView };

/** The admin API (apps/server modules/triage): every change is audited on the server. */
export async function fetchRules(signal?: AbortSignal): Promise<TriageRuleView[]> {
  return (await request('/admin/triage-rules', { schema: triageRuleListSchema, signal })).items;
}

export const createRule = (input: TriageRuleInput) => request('/admin/triage-rules', { method: 'POST', body: input, schema: triageRuleSchema });

export const updateRule = (id: string, input: TriageRuleInput) =>
  request(`/admin/triage-rules/${encodeURIComponent(id)}`, { method: 'PUT', body: input, schema: triageRuleSchema });

export const disableRule = (id: string) =>
  request(`/admin/triage-rules/${encodeURIComponent(id)}/disable`, { method: 'POST', schema: triageRuleSchema });

/** Departments to point rules at, and the body parts the patient app offers. */
export async function fetchChoices(signal?: AbortSignal) {
  const [departments, options] = await Promise.all([
    request('/departments', { schema: departmentListSchema, signal, auth: false }),
    request('/triage/options', { schema: triageOptionsSchema, signal, auth: false }),
  ]);
  return { departments: departments.items, bodyParts: options.bodyParts.map(({ code, zh, en }) => ({ code, zh, en })) };
}
export type Choices = Awaited<ReturnType<typeof fetchChoices>>;

/** The form's values become the API body; empty optional fields mean "no condition". */
export function toInput(rule: TriageRuleView): TriageRuleInput {
  const { id: _id, code: _code, departmentName: _d, updatedAt: _u, ...input } = rule;
  return input;
}
