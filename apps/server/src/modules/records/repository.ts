import { and, desc, eq, gt, isNull, lte } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { careRelationships, healthRecordVersions, healthRecords } from './tables';

export type RecordRow = typeof healthRecords.$inferSelect;
export type CareRow = typeof careRelationships.$inferSelect;

export async function findRecord(tx: Executor, patientId: string): Promise<RecordRow | null> {
  const [row] = await tx.select().from(healthRecords).where(eq(healthRecords.patientId, patientId));
  return row ?? null;
}

/** Optimistic concurrency: the write lands only on the version the editor started from. */
export async function saveRecord(tx: Executor, row: RecordRow, expectedVersion: number): Promise<boolean> {
  if (expectedVersion === 0) {
    const inserted = await tx.insert(healthRecords).values(row).onConflictDoNothing().returning({ v: healthRecords.version });
    return inserted.length === 1;
  }
  const { patientId: _id, ...set } = row;
  const updated = await tx
    .update(healthRecords)
    .set(set)
    .where(and(eq(healthRecords.patientId, row.patientId), eq(healthRecords.version, expectedVersion)))
    .returning({ v: healthRecords.version });
  return updated.length === 1;
}

export async function insertVersion(tx: Executor, row: typeof healthRecordVersions.$inferInsert): Promise<void> {
  await tx.insert(healthRecordVersions).values(row);
}

export async function versionsOf(tx: Executor, patientId: string) {
  return tx.select().from(healthRecordVersions).where(eq(healthRecordVersions.patientId, patientId)).orderBy(desc(healthRecordVersions.version)).limit(100);
}

export async function liveRelationships(tx: Executor, where: { patientId?: string; doctorId?: string }, at: Date): Promise<CareRow[]> {
  const conds = [isNull(careRelationships.revokedAt), lte(careRelationships.validFrom, at), gt(careRelationships.validUntil, at)];
  if (where.patientId) conds.push(eq(careRelationships.patientId, where.patientId));
  if (where.doctorId) conds.push(eq(careRelationships.doctorId, where.doctorId));
  return tx.select().from(careRelationships).where(and(...conds)).orderBy(desc(careRelationships.validUntil));
}

export async function insertRelationship(tx: Executor, row: typeof careRelationships.$inferInsert): Promise<CareRow> {
  const [inserted] = await tx.insert(careRelationships).values(row).returning();
  return inserted!;
}

export async function revokeRelationship(tx: Executor, id: string, patientId: string, at: Date): Promise<boolean> {
  const rows = await tx
    .update(careRelationships)
    .set({ revokedAt: at })
    .where(and(eq(careRelationships.id, id), eq(careRelationships.patientId, patientId), isNull(careRelationships.revokedAt)))
    .returning({ id: careRelationships.id });
  return rows.length === 1;
}

export async function extendRelationship(tx: Executor, id: string, validUntil: Date): Promise<CareRow> {
  const [row] = await tx.update(careRelationships).set({ validUntil }).where(eq(careRelationships.id, id)).returning();
  return row!;
}
