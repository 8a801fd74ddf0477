import { and, asc, between, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { PlannedSession, Template } from './domain';
import { clinicSessions, scheduleTemplates, slots } from './tables';

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

/** Takes one place if one is left. The WHERE is the whole guard: two racing requests cannot both pass it. */
export async function takePlace(tx: Executor, slotId: string): Promise<boolean> {
  const rows = await tx
    .update(slots)
    .set({ booked: sql`${slots.booked} + 1` })
    .where(and(eq(slots.id, slotId), lt(slots.booked, slots.capacity)))
    .returning({ id: slots.id });
  return rows.length === 1;
}

export async function returnPlace(tx: Executor, slotId: string): Promise<void> {
  await tx.update(slots).set({ booked: sql`greatest(${slots.booked} - 1, 0)` }).where(eq(slots.id, slotId));
}

