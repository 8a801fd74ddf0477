import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { accounts } from '../auth/tables';
import { faceVerifications, familyInvitations, medicalCards, patientManagers, patients } from './tables';

export type PatientRow = typeof patients.$inferSelect;
export type ManagerRow = typeof patientManagers.$inferSelect;

/** Serialises changes to one account's family list (the 5-patient limit is checked under it). */
export async function lockAccountFamily(tx: Executor, accountId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`family:${accountId}`}))`);
}

export async function findPatient(tx: Executor, id: string) {
  const [row] = await tx.select().from(patients).where(eq(patients.id, id));
  return row ?? null;
}

export async function findSelfPatient(tx: Executor, accountId: string) {
  const [row] = await tx.select().from(patients).where(eq(patients.selfAccountId, accountId));
  return row ?? null;
}

export async function findPatientByIdNumber(tx: Executor, idType: PatientRow['idType'], idNumberIndex: string) {
  const [row] = await tx.select().from(patients).where(and(eq(patients.idType, idType), eq(patients.idNumberIndex, idNumberIndex)));
  return row ?? null;
}

export async function insertPatient(tx: Executor, row: typeof patients.$inferInsert): Promise<PatientRow> {
  const [inserted] = await tx.insert(patients).values(row).returning();
  return inserted!;
}

export async function updatePatient(tx: Executor, id: string, set: Partial<typeof patients.$inferInsert>): Promise<void> {
  await tx.update(patients).set(set).where(eq(patients.id, id));
}

export async function liveManager(tx: Executor, accountId: string, patientId: string) {
  const [row] = await tx
    .select()
    .from(patientManagers)
    .where(and(eq(patientManagers.accountId, accountId), eq(patientManagers.patientId, patientId), isNull(patientManagers.revokedAt)));
  return row ?? null;
}

export async function insertManager(tx: Executor, row: typeof patientManagers.$inferInsert): Promise<void> {
  await tx.insert(patientManagers).values(row);
}

export async function revokeManager(tx: Executor, id: string, by: string, at: Date): Promise<boolean> {
  const rows = await tx
    .update(patientManagers)
    .set({ revokedAt: at, revokedBy: by })
    .where(and(eq(patientManagers.id, id), isNull(patientManagers.revokedAt)))
    .returning({ id: patientManagers.id });
  return rows.length === 1;
}

export async function setRecordAccess(tx: Executor, id: string, granted: boolean): Promise<void> {
  await tx.update(patientManagers).set({ recordAccess: granted }).where(eq(patientManagers.id, id));
}

/** The account's patients: itself (if verified) and everyone it manages, self first. */
export async function managedPatients(tx: Executor, accountId: string) {
  return tx
    .select({ patient: patients, manager: patientManagers })
    .from(patientManagers)
    .innerJoin(patients, eq(patients.id, patientManagers.patientId))
    .where(and(eq(patientManagers.accountId, accountId), isNull(patientManagers.revokedAt)))
    .orderBy(asc(patientManagers.createdAt));
}

/** Everyone who manages this patient, with their accounts (for "who manages me"). */
export async function managersOf(tx: Executor, patientId: string) {
  return tx
    .select({ manager: patientManagers, account: accounts })
    .from(patientManagers)
    .innerJoin(accounts, eq(accounts.id, patientManagers.accountId))
    .where(and(eq(patientManagers.patientId, patientId), isNull(patientManagers.revokedAt)))
    .orderBy(asc(patientManagers.createdAt));
}

export async function cardsOf(tx: Executor, patientIds: string[]) {
  if (patientIds.length === 0) return [];
  return tx.select().from(medicalCards).where(inArray(medicalCards.patientId, patientIds)).orderBy(asc(medicalCards.createdAt));
}

export async function insertCard(tx: Executor, patientId: string, cardNo: string): Promise<boolean> {
  const rows = await tx.insert(medicalCards).values({ patientId, cardNo }).onConflictDoNothing().returning({ id: medicalCards.id });
  return rows.length === 1;
}

export async function deleteCard(tx: Executor, patientId: string, cardNo: string): Promise<boolean> {
  const rows = await tx.delete(medicalCards).where(and(eq(medicalCards.patientId, patientId), eq(medicalCards.cardNo, cardNo))).returning({ id: medicalCards.id });
  return rows.length === 1;
}

export async function insertInvitation(tx: Executor, row: typeof familyInvitations.$inferInsert) {
  await tx.insert(familyInvitations).values(row);
}

export async function findInvitation(tx: Executor, id: string, accountId: string) {
  const [row] = await tx.select().from(familyInvitations).where(and(eq(familyInvitations.id, id), eq(familyInvitations.accountId, accountId)));
  return row ?? null;
}

export async function confirmInvitation(tx: Executor, id: string, at: Date): Promise<boolean> {
  const rows = await tx
    .update(familyInvitations)
    .set({ confirmedAt: at })
    .where(and(eq(familyInvitations.id, id), isNull(familyInvitations.confirmedAt)))
    .returning({ id: familyInvitations.id });
  return rows.length === 1;
}

export async function insertFaceVerification(tx: Executor, row: typeof faceVerifications.$inferInsert) {
  await tx.insert(faceVerifications).values(row);
}

export async function findFaceVerification(tx: Executor, bizToken: string, accountId: string) {
  const [row] = await tx.select().from(faceVerifications).where(and(eq(faceVerifications.bizToken, bizToken), eq(faceVerifications.accountId, accountId)));
  return row ?? null;
}

export async function completeFaceVerification(tx: Executor, bizToken: string, status: string, at: Date): Promise<void> {
  await tx.update(faceVerifications).set({ status, completedAt: at }).where(eq(faceVerifications.bizToken, bizToken));
}
