import { asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { departments } from '../catalog/tables';
import type { SeedRule } from './seed';
import { triageRules } from './tables';

export type TriageRuleRow = typeof triageRules.$inferSelect;
export type TriageRuleWrite = Omit<typeof triageRules.$inferInsert, 'id' | 'code' | 'updatedAt'>;

export async function allRules(tx: Executor) {
  return tx
    .select({ rule: triageRules, departmentName: departments.name })
    .from(triageRules)
    .innerJoin(departments, eq(departments.code, triageRules.departmentCode))
    .orderBy(asc(triageRules.bodyPart), asc(triageRules.code));
}

export async function enabledRules(tx: Executor): Promise<TriageRuleRow[]> {
  return tx.select().from(triageRules).where(eq(triageRules.enabled, true));
}

export async function findRule(tx: Executor, id: string) {
  const [row] = await tx
    .select({ rule: triageRules, departmentName: departments.name })
    .from(triageRules)
    .innerJoin(departments, eq(departments.code, triageRules.departmentCode))
    .where(eq(triageRules.id, id));
  return row ?? null;
}

export async function insertRule(tx: Executor, code: string, values: TriageRuleWrite, at: Date) {
  const [row] = await tx.insert(triageRules).values({ ...values, code, updatedAt: at }).returning({ id: triageRules.id });
  return row!.id;
}

export async function updateRule(tx: Executor, id: string, values: Partial<TriageRuleWrite>, at: Date): Promise<boolean> {
  const rows = await tx.update(triageRules).set({ ...values, updatedAt: at }).where(eq(triageRules.id, id)).returning({ id: triageRules.id });
  return rows.length === 1;
}

export async function departmentsByCode(tx: Executor) {
  return tx
    .select({ id: departments.id, code: departments.code, name: departments.name, nameEn: departments.nameEn, location: departments.location, bookable: departments.bookable })
    .from(departments);
}

/** Adds seeded rules that are missing by code; rules an admin edited or disabled are left as they are. */
export async function insertMissingRules(tx: Executor, rules: SeedRule[]): Promise<number> {
  if (!rules.length) return 0;
  const rows = await tx.insert(triageRules).values(rules).onConflictDoNothing({ target: triageRules.code }).returning({ id: triageRules.id });
  return rows.length;
}

export async function ruleCount(tx: Executor): Promise<number> {
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(triageRules);
  return Number(row?.n ?? 0);
}
