import { and, asc, desc, eq, gt, gte, inArray, isNotNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { auditLog, securityAlerts } from './tables';

export type AuditRow = typeof auditLog.$inferSelect;
export type AlertRow = typeof securityAlerts.$inferSelect;

// Appends are serialised so that each row can name its predecessor's hash.
const CHAIN_LOCK = 7_243_100;

export async function lockChain(tx: Executor): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
}

export async function lastLink(tx: Executor): Promise<{ seq: number; hash: string } | null> {
  const [row] = await tx.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  return row ?? null;
}

export async function insertRow(tx: Executor, row: AuditRow): Promise<void> {
  await tx.insert(auditLog).values(row);
}

export async function readAfter(tx: Executor, afterSeq: number, limit: number): Promise<AuditRow[]> {
  return tx.select().from(auditLog).where(gt(auditLog.seq, afterSeq)).orderBy(asc(auditLog.seq)).limit(limit);
}

export async function distinctPatientsReadBy(tx: Executor, actorId: string, since: Date): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(distinct ${auditLog.patientId})::int` })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.actorId, actorId),
        eq(auditLog.actorKind, 'staff'),
        eq(auditLog.outcome, 'success'),
        isNotNull(auditLog.patientId),
        gte(auditLog.at, since),
        inArray(auditLog.action, ['read', 'search', 'export']),
      ),
    );
  return Number(row?.n ?? 0);
}

export async function failedLoginsFor(tx: Executor, objectId: string, since: Date): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(and(eq(auditLog.objectType, 'staff_login'), eq(auditLog.objectId, objectId), eq(auditLog.outcome, 'failure'), gte(auditLog.at, since)));
  return Number(row?.n ?? 0);
}

export async function recentAlert(tx: Executor, kind: string, key: { actorId?: string | null; patientId?: string | null }, since: Date) {
  const conds: SQL[] = [eq(securityAlerts.kind, kind), gte(securityAlerts.createdAt, since)];
  if (key.actorId) conds.push(eq(securityAlerts.actorId, key.actorId));
  if (key.patientId) conds.push(eq(securityAlerts.patientId, key.patientId));
  const [row] = await tx.select().from(securityAlerts).where(and(...conds)).orderBy(desc(securityAlerts.createdAt)).limit(1);
  return row ?? null;
}

export async function insertAlert(tx: Executor, alert: typeof securityAlerts.$inferInsert): Promise<void> {
  await tx.insert(securityAlerts).values(alert);
}

export async function bumpAlert(tx: Executor, id: string, count: number): Promise<void> {
  await tx.update(securityAlerts).set({ count }).where(eq(securityAlerts.id, id));
}

export interface EventFilter {
  actorId?: string;
  patientId?: string;
  action?: string;
  outcome?: string;
  objectType?: string;
  from?: Date;
  to?: Date;
  limit: number;
  offset: number;
}

export async function listEvents(tx: Executor, f: EventFilter) {
  const conds: SQL[] = [];
  if (f.actorId) conds.push(eq(auditLog.actorId, f.actorId));
  if (f.patientId) conds.push(eq(auditLog.patientId, f.patientId));
  if (f.action) conds.push(eq(auditLog.action, f.action));
  if (f.outcome) conds.push(eq(auditLog.outcome, f.outcome));
  if (f.objectType) conds.push(eq(auditLog.objectType, f.objectType));
  if (f.from) conds.push(gte(auditLog.at, f.from));
  if (f.to) conds.push(lte(auditLog.at, f.to));
  const where = conds.length ? and(...conds) : undefined;
  const items = await tx.select().from(auditLog).where(where).orderBy(desc(auditLog.seq)).limit(f.limit).offset(f.offset);
  const [total] = await tx.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where);
  return { items, total: Number(total?.n ?? 0) };
}

export async function listAlerts(tx: Executor, onlyOpen: boolean, limit: number) {
  return tx
    .select()
    .from(securityAlerts)
    .where(onlyOpen ? eq(securityAlerts.acknowledged, false) : undefined)
    .orderBy(desc(securityAlerts.createdAt))
    .limit(limit);
}

export async function acknowledgeAlert(tx: Executor, id: string, by: string, at: Date): Promise<boolean> {
  const rows = await tx
    .update(securityAlerts)
    .set({ acknowledged: true, acknowledgedBy: by, acknowledgedAt: at })
    .where(and(eq(securityAlerts.id, id), eq(securityAlerts.acknowledged, false)))
    .returning({ id: securityAlerts.id });
  return rows.length === 1;
}

/** Staff accesses to one patient's data, newest first: the patient's "who viewed my record". */
export async function staffAccessesTo(tx: Executor, patientId: string, limit: number) {
  return tx
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.patientId, patientId), eq(auditLog.actorKind, 'staff')))
    .orderBy(desc(auditLog.seq))
    .limit(limit);
}
