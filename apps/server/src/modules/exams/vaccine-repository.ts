import { and, asc, between, desc, eq, inArray, lt } from 'drizzle-orm';
import * as capacity from '../capacity/engine';
import type { Executor } from '../../db/client';
import { patients } from '../patients/tables';
import type { Taken } from './repository';
import { vaccinations, vaccineCapacity, vaccineDoses, vaccines } from './tables';

export type VaccineRow = typeof vaccines.$inferSelect;
export type VaccinationRow = typeof vaccinations.$inferSelect;

export const listVaccines = (tx: Executor, activeOnly: boolean) =>
  tx.select().from(vaccines).where(activeOnly ? eq(vaccines.active, true) : undefined).orderBy(asc(vaccines.code));

export async function findVaccine(tx: Executor, id: string): Promise<VaccineRow | null> {
  const [row] = await tx.select().from(vaccines).where(eq(vaccines.id, id));
  return row ?? null;
}

export const capacityBetween = (tx: Executor, from: string, to: string) => tx.select().from(vaccineCapacity).where(between(vaccineCapacity.date, from, to));

/** A vaccine's places on one day, kept by the one capacity engine (modules/capacity). */
const dayPlaces = capacity.counter({
  table: vaccineCapacity,
  booked: vaccineCapacity.booked,
  capacity: vaccineCapacity.capacity,
  row: (k: { vaccineId: string; date: string }) => and(eq(vaccineCapacity.vaccineId, k.vaccineId), eq(vaccineCapacity.date, k.date))!,
  order: (k) => `${k.vaccineId}/${k.date}`,
});

export async function dayState(tx: Executor, vaccineId: string, date: string): Promise<Taken> {
  const state = await capacity.state(tx, dayPlaces, [{ vaccineId, date }]);
  return state === 'missing' ? 'none' : state === 'full' ? 'full' : 'ok';
}

/** Takes a place if one is left: the engine's conditional update is the whole guard against overselling. */
export async function takePlace(tx: Executor, vaccineId: string, date: string): Promise<Taken> {
  if ((await capacity.take(tx, dayPlaces, [{ vaccineId, date }])) === 'ok') return 'ok';
  return (await dayState(tx, vaccineId, date)) === 'none' ? 'none' : 'full';
}

export const givePlace = (tx: Executor, vaccineId: string, date: string): Promise<void> => capacity.giveBack(tx, dayPlaces, [{ vaccineId, date }]);

export const dosesGiven = (tx: Executor, patientId: string, vaccineId: string) =>
  tx
    .select({ doseNo: vaccineDoses.doseNo, givenOn: vaccineDoses.givenOn })
    .from(vaccineDoses)
    .where(and(eq(vaccineDoses.patientId, patientId), eq(vaccineDoses.vaccineId, vaccineId)))
    .orderBy(asc(vaccineDoses.doseNo));

export async function openVaccination(tx: Executor, patientId: string, vaccineId: string): Promise<VaccinationRow | null> {
  const [row] = await tx
    .select()
    .from(vaccinations)
    .where(and(eq(vaccinations.patientId, patientId), eq(vaccinations.vaccineId, vaccineId), inArray(vaccinations.status, ['held', 'confirmed'])));
  return row ?? null;
}

/** Null when the patient already has an open booking for this vaccine, or this dose (the partial unique indexes). */
export async function insertVaccination(tx: Executor, row: typeof vaccinations.$inferInsert): Promise<VaccinationRow | null> {
  const [inserted] = await tx.insert(vaccinations).values(row).onConflictDoNothing().returning();
  return inserted ?? null;
}

export async function moveVaccination(tx: Executor, id: string, from: string[], set: Partial<typeof vaccinations.$inferInsert>): Promise<VaccinationRow | null> {
  const [row] = await tx.update(vaccinations).set(set).where(and(eq(vaccinations.id, id), inArray(vaccinations.status, from))).returning();
  return row ?? null;
}

export async function findVaccination(tx: Executor, id: string): Promise<VaccinationRow | null> {
  const [row] = await tx.select().from(vaccinations).where(eq(vaccinations.id, id));
  return row ?? null;
}

/** Null when this dose is already recorded (the unique index): marking a dose twice changes nothing. */
export async function insertDose(tx: Executor, row: typeof vaccineDoses.$inferInsert) {
  const [inserted] = await tx.insert(vaccineDoses).values(row).onConflictDoNothing().returning();
  return inserted ?? null;
}

const described = (tx: Executor) =>
  tx
    .select({ vaccination: vaccinations, vaccineName: vaccines.name, doses: vaccines.doses, patientName: patients.name })
    .from(vaccinations)
    .innerJoin(vaccines, eq(vaccines.id, vaccinations.vaccineId))
    .innerJoin(patients, eq(patients.id, vaccinations.patientId));

export const vaccinationsOfAccount = (tx: Executor, accountId: string) =>
  described(tx).where(eq(vaccinations.accountId, accountId)).orderBy(desc(vaccinations.createdAt)).limit(100);

/** One booking with the vaccine's and the patient's names, as the API shows it. */
export async function describeVaccination(tx: Executor, id: string) {
  const [row] = await described(tx).where(eq(vaccinations.id, id));
  return row ? { ...row.vaccination, vaccineName: row.vaccineName, doses: row.doses, patientName: row.patientName } : null;
}

export const expiredHolds = (tx: Executor, now: Date, limit: number) =>
  tx.select({ id: vaccinations.id }).from(vaccinations).where(and(eq(vaccinations.status, 'held'), lt(vaccinations.holdExpiresAt, now))).orderBy(asc(vaccinations.holdExpiresAt)).limit(limit);

export async function insertVaccine(tx: Executor, row: typeof vaccines.$inferInsert): Promise<VaccineRow | null> {
  const [inserted] = await tx.insert(vaccines).values(row).onConflictDoNothing().returning();
  return inserted ?? null;
}

export async function updateVaccine(tx: Executor, id: string, row: Partial<typeof vaccines.$inferInsert>): Promise<VaccineRow | null> {
  const [updated] = await tx.update(vaccines).set(row).where(eq(vaccines.id, id)).returning();
  return updated ?? null;
}

/** Sets a day's places, never below those already booked; null when too small. */
export async function setCapacity(tx: Executor, vaccineId: string, date: string, places: number) {
  const [created] = await tx.insert(vaccineCapacity).values({ vaccineId, date, capacity: places }).onConflictDoNothing().returning();
  if (created) return created;
  const resized = await capacity.setCapacity(tx, dayPlaces, { vaccineId, date }, places);
  return resized.ok ? resized.row : null;
}
