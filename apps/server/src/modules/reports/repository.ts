import { and, asc, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { bulkInsert, bulkInsertRows } from '../../db/bulk-insert';
import { inboundMessages, observations, reportShares, reports, unmatchedResults } from './tables';

export type ReportRow = typeof reports.$inferSelect;
export type ObservationRow = typeof observations.$inferSelect;
export type ShareRow = typeof reportShares.$inferSelect;
export type UnmatchedRow = typeof unmatchedResults.$inferSelect;

export async function setMessageOutcome(tx: Executor, id: string, outcome: string, reportCount: number): Promise<void> {
  await tx.update(inboundMessages).set({ outcome, reportCount }).where(eq(inboundMessages.id, id));
}

export async function insertUnmatched(tx: Executor, row: typeof unmatchedResults.$inferInsert & { id: string }): Promise<string> {
  await tx.insert(unmatchedResults).values(row);
  return row.id;
}

/** One string per (facility, filler order); NUL never occurs in stored text, so it cannot be forged by a sender. */
export const orderKeyText = (facility: string, fillerOrderNo: string) => `${facility}\u0000${fillerOrderNo}`;

/** What ingest needs of a stored report: who it belongs to, its version and status, the name for the notification. */
const written = { id: reports.id, patientId: reports.patientId, unmatchedId: reports.unmatchedId, version: reports.version, status: reports.status, name: reports.name };
export type WrittenReport = Pick<ReportRow, keyof typeof written>;

/** The earlier version of the same filler order, locked: a correction replaces it in place. */
export async function findByFillerOrder(tx: Executor, sendingFacility: string, fillerOrderNo: string): Promise<WrittenReport | null> {
  const [row] = await tx
    .select(written)
    .from(reports)
    .where(and(eq(reports.sendingFacility, sendingFacility), eq(reports.fillerOrderNo, fillerOrderNo)))
    .for('update');
  return row ?? null;
}

/** Null when the same (facility, filler order) exists already, also when another transaction is inserting it now. */
export async function insertReportIfNew(tx: Executor, row: typeof reports.$inferInsert): Promise<WrittenReport | null> {
  const [inserted] = await tx.insert(reports).values(row).onConflictDoNothing({ target: [reports.sendingFacility, reports.fillerOrderNo] }).returning(written);
  return inserted ?? null;
}

export async function updateReport(tx: Executor, id: string, set: Partial<typeof reports.$inferInsert>): Promise<WrittenReport> {
  const [row] = await tx.update(reports).set(set).where(eq(reports.id, id)).returning(written);
  return row!;
}

export async function deleteObservations(tx: Executor, reportId: string): Promise<void> {
  await tx.delete(observations).where(eq(observations.reportId, reportId));
}

/** One multi-row insert for the observations of every report a batch wrote. */
export async function insertObservations(tx: Executor, rows: (typeof observations.$inferInsert)[]): Promise<void> {
  await bulkInsertRows(tx, bulkInsert(observations, rows));
}

export async function findReport(tx: Executor, id: string): Promise<ReportRow | null> {
  const [row] = await tx.select().from(reports).where(eq(reports.id, id));
  return row ?? null;
}

export async function reportsOfPatient(tx: Executor, patientId: string, status?: string): Promise<ReportRow[]> {
  const conds = [eq(reports.patientId, patientId)];
  if (status) conds.push(eq(reports.status, status));
  return tx
    .select()
    .from(reports)
    .where(and(...conds))
    .orderBy(desc(sql`coalesce(${reports.releasedAt}, ${reports.collectedAt}, ${reports.receivedAt})`))
    .limit(200);
}

export async function observationsOf(tx: Executor, reportIds: string[]): Promise<ObservationRow[]> {
  if (reportIds.length === 0) return [];
  return tx.select().from(observations).where(inArray(observations.reportId, reportIds)).orderBy(asc(observations.reportId), asc(observations.seq));
}

/** One analyte across the patient's readable reports, oldest first. */
export async function seriesOf(tx: Executor, patientId: string, code: string) {
  const at = sql<Date>`coalesce(${observations.observedAt}, ${reports.collectedAt}, ${reports.releasedAt}, ${reports.receivedAt})`;
  return tx
    .select({ obs: observations, at })
    .from(observations)
    .innerJoin(reports, eq(reports.id, observations.reportId))
    .where(and(eq(reports.patientId, patientId), inArray(reports.status, ['ready', 'corrected']), eq(observations.code, code)))
    .orderBy(asc(at))
    .limit(500);
}

export async function analytesOf(tx: Executor, patientId: string) {
  return tx
    .select({ code: observations.code, name: sql<string>`max(${observations.name})`, unit: sql<string | null>`max(${observations.unit})`, count: sql<number>`count(*)::int` })
    .from(observations)
    .innerJoin(reports, eq(reports.id, observations.reportId))
    .where(and(eq(reports.patientId, patientId), inArray(reports.status, ['ready', 'corrected']), sql`${observations.numeric} is not null`))
    .groupBy(observations.code)
    .orderBy(desc(sql`count(*)`))
    .limit(200);
}

/** Newest first: what just arrived is what staff are asked about. */
export async function openUnmatched(tx: Executor, limit = 200): Promise<UnmatchedRow[]> {
  return tx.select().from(unmatchedResults).where(isNull(unmatchedResults.resolvedAt)).orderBy(desc(unmatchedResults.receivedAt)).limit(limit);
}

export async function findUnmatched(tx: Executor, id: string): Promise<UnmatchedRow | null> {
  const [row] = await tx.select().from(unmatchedResults).where(eq(unmatchedResults.id, id)).for('update');
  return row ?? null;
}

export async function resolveUnmatched(tx: Executor, id: string, patientId: string, by: string, at: Date): Promise<boolean> {
  const rows = await tx
    .update(unmatchedResults)
    .set({ resolvedAt: at, resolvedBy: by, patientId })
    .where(and(eq(unmatchedResults.id, id), isNull(unmatchedResults.resolvedAt)))
    .returning({ id: unmatchedResults.id });
  return rows.length === 1;
}

export async function reportsOfUnmatched(tx: Executor, unmatchedIds: string[]): Promise<ReportRow[]> {
  if (unmatchedIds.length === 0) return [];
  return tx.select().from(reports).where(inArray(reports.unmatchedId, unmatchedIds)).orderBy(asc(reports.receivedAt));
}

export async function assignPatient(tx: Executor, unmatchedId: string, patientId: string, at: Date): Promise<ReportRow[]> {
  return tx.update(reports).set({ patientId, updatedAt: at }).where(and(eq(reports.unmatchedId, unmatchedId), isNull(reports.patientId))).returning();
}

export async function insertShare(tx: Executor, row: typeof reportShares.$inferInsert): Promise<ShareRow> {
  const [inserted] = await tx.insert(reportShares).values(row).returning();
  return inserted!;
}

export async function sharesOf(tx: Executor, reportId: string): Promise<ShareRow[]> {
  return tx.select().from(reportShares).where(eq(reportShares.reportId, reportId)).orderBy(desc(reportShares.createdAt));
}

/** A share that still opens: not revoked, not expired; counts the opening. */
export async function openShare(tx: Executor, id: string, at: Date): Promise<ShareRow | null> {
  const [row] = await tx
    .update(reportShares)
    .set({ openCount: sql`${reportShares.openCount} + 1` })
    .where(and(eq(reportShares.id, id), isNull(reportShares.revokedAt), gt(reportShares.expiresAt, at)))
    .returning();
  return row ?? null;
}

export async function revokeShare(tx: Executor, id: string, reportId: string, at: Date): Promise<boolean> {
  const rows = await tx
    .update(reportShares)
    .set({ revokedAt: at })
    .where(and(eq(reportShares.id, id), eq(reportShares.reportId, reportId), isNull(reportShares.revokedAt)))
    .returning({ id: reportShares.id });
  return rows.length === 1;
}
