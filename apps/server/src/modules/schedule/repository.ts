import { and, asc, between, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import * as capacity from '../capacity/engine';
import { doctors } from '../catalog/tables';
import type { Executor } from '../../db/client';
import type { PlannedSession, Template } from './domain';
import { clinicSessions, releaseRules, scheduleTemplates, slots } from './tables';

export async function activeTemplates(tx: Executor): Promise<Template[]> {
  return tx
    .select({
      doctorId: scheduleTemplates.doctorId,
      weekday: scheduleTemplates.weekday,
      period: scheduleTemplates.period,
      level: scheduleTemplates.level,
      feeFen: scheduleTemplates.feeFen,
      slotMinutes: scheduleTemplates.slotMinutes,
      placesPerSlot: scheduleTemplates.placesPerSlot,
    })
    .from(scheduleTemplates)
    .where(eq(scheduleTemplates.active, true));
}

export async function insertTemplates(tx: Executor, rows: (typeof scheduleTemplates.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(scheduleTemplates).values(rows).onConflictDoNothing();
}

/** Idempotent: a session that already exists (by doctor, date, period) is left exactly as it is. */
export async function insertSessionWithSlots(tx: Executor, s: PlannedSession): Promise<boolean> {
  const [row] = await tx
    .insert(clinicSessions)
    .values({ doctorId: s.doctorId, date: s.date, period: s.period, level: s.level, feeFen: s.feeFen, releaseAt: s.releaseAt })
    .onConflictDoNothing()
    .returning({ id: clinicSessions.id });
  if (!row) return false;
  await tx.insert(slots).values(s.slots.map((slot) => ({ ...slot, sessionId: row.id })));
  return true;
}

export async function sessionsOfDoctor(tx: Executor, doctorId: string, from: string, to: string) {
  const sessions = await tx
    .select()
    .from(clinicSessions)
    .where(and(eq(clinicSessions.doctorId, doctorId), between(clinicSessions.date, from, to)))
    .orderBy(asc(clinicSessions.date), asc(clinicSessions.period));
  const slotRows = sessions.length
    ? await tx.select().from(slots).where(inArray(slots.sessionId, sessions.map((s) => s.id))).orderBy(asc(slots.startsAt))
    : [];
  return sessions.map((s) => ({ ...s, slots: slotRows.filter((r) => r.sessionId === s.id) }));
}

export async function countSessions(tx: Executor): Promise<number> {
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(clinicSessions);
  return Number(row?.n ?? 0);
}

export async function findSlotWithSession(tx: Executor, slotId: string) {
  const [row] = await tx.select({ slot: slots, session: clinicSessions }).from(slots).innerJoin(clinicSessions, eq(clinicSessions.id, slots.sessionId)).where(eq(slots.id, slotId));
  return row ?? null;
}

/** A slot's places, kept by the one capacity engine (modules/capacity). */
const slotPlaces = capacity.idCounter({ table: slots, id: slots.id, booked: slots.booked, capacity: slots.capacity });

/** Takes one place if one is left: one conditional UPDATE, so two racing requests cannot both pass it. */
export async function takePlace(tx: Executor, slotId: string): Promise<boolean> {
  return (await capacity.take(tx, slotPlaces, [slotId])) === 'ok';
}

export const returnPlace = (tx: Executor, slotId: string): Promise<void> => capacity.giveBack(tx, slotPlaces, [slotId]);

export async function findSession(tx: Executor, id: string) {
  const [row] = await tx.select().from(clinicSessions).where(eq(clinicSessions.id, id));
  return row ?? null;
}

/** The hospital's rule (departmentId null) and every department's own rule. */
export async function allReleaseRules(tx: Executor) {
  return tx.select().from(releaseRules);
}

export async function ruleForDoctor(tx: Executor, doctorId: string) {
  const rows = await tx
    .select({ rule: releaseRules })
    .from(releaseRules)
    .where(or(isNull(releaseRules.departmentId), eq(releaseRules.departmentId, sql`(select department_id from doctors where id = ${doctorId})`)));
  return rows.find((r) => r.rule.departmentId !== null)?.rule ?? rows[0]?.rule ?? null;
}

export async function upsertReleaseRule(tx: Executor, r: { departmentId: string | null; daysAhead: number; releaseTime: string; sameDay: boolean; updatedAt: Date }) {
  const existing = await tx
    .select({ id: releaseRules.id })
    .from(releaseRules)
    .where(r.departmentId ? eq(releaseRules.departmentId, r.departmentId) : isNull(releaseRules.departmentId));
  if (existing[0]) {
    await tx.update(releaseRules).set(r).where(eq(releaseRules.id, existing[0].id));
  } else {
    await tx.insert(releaseRules).values(r);
  }
}

/** Sessions not yet released, with their doctor's department, to re-time them after a rule changes. */
export async function unreleasedSessions(tx: Executor, now: Date) {
  return tx
    .select({ id: clinicSessions.id, date: clinicSessions.date, departmentId: doctors.departmentId })
    .from(clinicSessions)
    .innerJoin(doctors, eq(doctors.id, clinicSessions.doctorId))
    .where(gt(clinicSessions.releaseAt, now));
}

export async function setReleaseAt(tx: Executor, sessionId: string, at: Date) {
  await tx.update(clinicSessions).set({ releaseAt: at }).where(eq(clinicSessions.id, sessionId));
}

export async function templatesWithDepartment(tx: Executor) {
  return tx
    .select({ doctorId: scheduleTemplates.doctorId, departmentId: doctors.departmentId })
    .from(scheduleTemplates)
    .innerJoin(doctors, eq(doctors.id, scheduleTemplates.doctorId));
}

/** 加号: more places in one slot; null if the slot is unknown. */
export async function addPlaces(tx: Executor, slotId: string, places: number) {
  const resized = await capacity.addPlaces(tx, slotPlaces, slotId, places);
  return resized.ok ? resized.row : null;
}

export async function stopSession(tx: Executor, id: string): Promise<boolean> {
  const rows = await tx.update(clinicSessions).set({ status: 'stopped' }).where(and(eq(clinicSessions.id, id), eq(clinicSessions.status, 'open'))).returning({ id: clinicSessions.id });
  return rows.length === 1;
}

export async function insertExtraSession(tx: Executor, s: PlannedSession) {
  const [row] = await tx
    .insert(clinicSessions)
    .values({ doctorId: s.doctorId, date: s.date, period: s.period, level: s.level, feeFen: s.feeFen, releaseAt: s.releaseAt, source: 'extra' })
    .onConflictDoNothing()
    .returning();
  if (!row) return null;
  const inserted = await tx.insert(slots).values(s.slots.map((slot) => ({ ...slot, sessionId: row.id }))).returning();
  return { session: row, slots: inserted };
}

export async function templatesOfDoctor(tx: Executor, doctorId: string) {
  return tx.select().from(scheduleTemplates).where(eq(scheduleTemplates.doctorId, doctorId)).orderBy(asc(scheduleTemplates.weekday), asc(scheduleTemplates.period));
}

/** One template per doctor, weekday and period (unique index): saving an existing one updates it. */
export async function saveTemplate(tx: Executor, row: typeof scheduleTemplates.$inferInsert) {
  await tx
    .insert(scheduleTemplates)
    .values(row)
    .onConflictDoUpdate({
      target: [scheduleTemplates.doctorId, scheduleTemplates.weekday, scheduleTemplates.period],
      set: { level: row.level, feeFen: row.feeFen, placesPerSlot: row.placesPerSlot, active: row.active },
    });
}
