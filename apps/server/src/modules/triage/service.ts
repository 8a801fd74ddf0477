import { randomUUID } from 'node:crypto';
import type { TriageOptions, TriageRequest, TriageResult, TriageRuleInput, TriageRuleView } from '@xinglin/contracts';
import type { Db, Executor } from '../../db/client';
import { AppError, badRequest, notFound } from '../../errors';
import { isUuid } from '../../ids';
import type { AuditService } from '../audit/service';
import { BODY_PARTS, BODY_PART_CODES, chipsByBodyPart, scoreTriage, type TriageInput, type TriageRule } from './domain';
import * as repo from './repository';

export type TriageService = ReturnType<typeof createTriageService>;

export interface AdminCaller {
  staffId: string;
  ip?: string;
  requestId?: string;
}

const RULE = { zh: '导诊规则', en: 'Triage rule' };
const GO_TO_ER = { zh: '您描述的症状可能危及生命，请立即前往急诊科或拨打 120。', en: 'Your symptoms may be life-threatening: go to the emergency department or call 120 now.' };
const MAX_SUGGESTIONS = 5;

const toRule = (r: repo.TriageRuleRow): TriageRule => ({ ...r, sex: r.sex ?? null });
const toView = ({ rule, departmentName }: { rule: repo.TriageRuleRow; departmentName: string }): TriageRuleView => ({
  ...toRule(rule),
  departmentName,
  updatedAt: rule.updatedAt.toISOString(),
});

function checkInput(input: TriageRequest): void {
  if (input.bodyPart !== undefined && !BODY_PART_CODES.includes(input.bodyPart)) {
    throw badRequest('UNKNOWN_BODY_PART', '未知的身体部位', 'Unknown body part');
  }
  if (input.pregnant && input.sex === 'male') {
    throw new AppError('PREGNANCY_SEX_MISMATCH', 422, '男性不能选择怀孕', 'A male patient cannot be pregnant');
  }
}

export function createTriageService({ db, audit, now = () => new Date() }: { db: Db; audit: AuditService; now?: () => Date }) {
  async function checkRule(tx: Executor, input: TriageRuleInput) {
    const known = new Set((await repo.departmentsByCode(tx)).map((d) => d.code));
    if (!known.has(input.departmentCode)) throw new AppError('UNKNOWN_DEPARTMENT', 422, '科室编码不存在', 'No department has this code');
    if (input.bodyPart !== null && !BODY_PART_CODES.includes(input.bodyPart)) throw new AppError('UNKNOWN_BODY_PART', 422, '未知的身体部位', 'Unknown body part');
  }

  const record = (tx: Executor, caller: AdminCaller, objectId: string, action: string) =>
    audit.record(tx, { actor: { kind: 'staff', id: caller.staffId, role: 'admin' }, objectType: 'triage_rule', objectId, action, outcome: 'success', ip: caller.ip, requestId: caller.requestId });

  async function suggest(tx: Executor, input: TriageInput) {
    const outcome = scoreTriage((await repo.enabledRules(tx)).map(toRule), input);
    const depts = new Map((await repo.departmentsByCode(tx)).map((d) => [d.code, d]));
    return { outcome, depts };
  }

  return {
    /** Body parts with the symptom chips the enabled rules offer. */
    async options(): Promise<TriageOptions> {
      const chips = chipsByBodyPart((await db.transaction((tx) => repo.enabledRules(tx))).map(toRule));
      return { bodyParts: BODY_PARTS.map((b) => ({ ...b, chips: chips.get(b.code) ?? [] })) };
    },

    async triage(input: TriageRequest): Promise<TriageResult> {
      checkInput(input);
      const { outcome, depts } = await db.transaction((tx) => suggest(tx, input));
      const suggestions = outcome.suggestions.flatMap((s) => {
        const d = depts.get(s.departmentCode);
        if (!d) return [];
        return [{
          departmentId: d.id, departmentCode: d.code, departmentName: d.name, departmentNameEn: d.nameEn, location: d.location, bookable: d.bookable,
          score: s.score, emergency: s.emergency, reasons: s.reasons.map((r) => ({ symptom: r.symptom, zh: r.zh, en: r.en })),
        }];
      });
      return { emergency: outcome.emergency, advice: outcome.emergency ? GO_TO_ER : null, suggestions: suggestions.slice(0, MAX_SUGGESTIONS) };
    },

    /** For the search box, inside its transaction: departments that symptom words point to. */
    async departmentsForText(tx: Executor, text: string): Promise<{ departmentCode: string; reason: string }[]> {
      const { outcome } = await suggest(tx, { text });
      return outcome.suggestions.slice(0, 3).map((s) => ({ departmentCode: s.departmentCode, reason: s.reasons[0]!.zh }));
    },

    admin: {
      async list(): Promise<TriageRuleView[]> {
        return (await db.transaction((tx) => repo.allRules(tx))).map(toView);
      },

      async create(caller: AdminCaller, input: TriageRuleInput): Promise<TriageRuleView> {
        return db.transaction(async (tx) => {
          await checkRule(tx, input);
          const id = await repo.insertRule(tx, `custom-${randomUUID().slice(0, 8)}`, input, now());
          await record(tx, caller, id, 'create');
          return toView((await repo.findRule(tx, id))!);
        });
      },

      async update(caller: AdminCaller, id: string, input: TriageRuleInput): Promise<TriageRuleView> {
        if (!isUuid(id)) throw notFound(RULE);
        return db.transaction(async (tx) => {
          await checkRule(tx, input);
          if (!(await repo.updateRule(tx, id, input, now()))) throw notFound(RULE);
          await record(tx, caller, id, 'update');
          return toView((await repo.findRule(tx, id))!);
        });
      },

      async disable(caller: AdminCaller, id: string): Promise<TriageRuleView> {
        if (!isUuid(id)) throw notFound(RULE);
        return db.transaction(async (tx) => {
          if (!(await repo.updateRule(tx, id, { enabled: false }, now()))) throw notFound(RULE);
          await record(tx, caller, id, 'disable');
          return toView((await repo.findRule(tx, id))!);
        });
      },
    },
  };
}
