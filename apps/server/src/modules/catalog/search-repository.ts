import { and, arrayOverlaps, asc, between, eq, exists, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DoctorTitle } from '@xinglin/contracts';
import { queryRows, type Executor } from '../../db/client';
import { clinicSessions, slots } from '../schedule/tables';
import { documentTokens } from './search-tokens';
import { departmentGroups, departments, doctors } from './tables';

/** Rebuilds the search tokens of every department and doctor. Cheap (a few hundred rows); idempotent. */
export async function reindexSearch(tx: Executor): Promise<number> {
  const docs = await tx
    .select({
      id: doctors.id,
      name: doctors.name,
      departmentId: doctors.departmentId,
      departmentName: departments.name,
      groupName: departmentGroups.name,
      specialties: doctors.specialties,
      diseases: doctors.diseases,
      intro: doctors.intro,
    })
    .from(doctors)
    .innerJoin(departments, eq(departments.id, doctors.departmentId))
    .innerJoin(departmentGroups, eq(departmentGroups.id, departments.groupId));
  for (const d of docs) {
    const tokens = documentTokens({ names: [d.name], departments: [d.departmentName, d.groupName], keywords: [...d.specialties, ...d.diseases], intro: d.intro });
    await tx.update(doctors).set({ searchTokens: tokens }).where(eq(doctors.id, d.id));
  }
  const depts = await tx
    .select({ id: departments.id, name: departments.name, nameEn: departments.nameEn, groupName: departmentGroups.name, intro: departments.intro })
    .from(departments)
    .innerJoin(departmentGroups, eq(departmentGroups.id, departments.groupId));
  for (const d of depts) {
    // A department is also found by what its doctors treat: 糖尿病 → 内分泌科.
    const treated = docs.filter((x) => x.departmentId === d.id).flatMap((x) => [...x.specialties, ...x.diseases]);
    const tokens = documentTokens({ names: [d.name, d.nameEn], departments: [d.groupName], keywords: [...new Set(treated)], intro: d.intro });
    await tx.update(departments).set({ searchTokens: tokens }).where(eq(departments.id, d.id));
  }
  return docs.length + depts.length;
}

/** True when some row was written without tokens (an older database, or a writer that skipped indexing). */
export async function searchIndexIncomplete(tx: Executor): Promise<boolean> {
  const [row] = await queryRows<{ missing: boolean }>(
    tx,
    sql`select exists(select 1 from ${doctors} where cardinality(${doctors.searchTokens}) = 0) or exists(select 1 from ${departments} where cardinality(${departments.searchTokens}) = 0) as missing`,
  );
  return Boolean(row?.missing);
}

export async function matchingDepartments(tx: Executor, tokens: string[], suggestedCodes: string[]) {
  const conditions: SQL[] = [];
  if (tokens.length) conditions.push(arrayOverlaps(departments.searchTokens, tokens));
  if (suggestedCodes.length) conditions.push(inArray(departments.code, suggestedCodes));
  if (!conditions.length) return [];
  return tx
    .select({
      id: departments.id,
      code: departments.code,
      name: departments.name,
      nameEn: departments.nameEn,
      location: departments.location,
      bookable: departments.bookable,
      searchTokens: departments.searchTokens,
    })
    .from(departments)
    .where(or(...conditions))
    .orderBy(asc(departments.sortOrder));
}

export interface DoctorCandidateFilter {
  tokens: string[];
  departmentIds: string[];
  title?: DoctorTitle;
  /** Only doctors with a clinic that day. */
  date?: string;
  /** No text: every doctor that passes the filters. */
  all: boolean;
}

export async function matchingDoctors(tx: Executor, f: DoctorCandidateFilter) {
  const text: SQL[] = [];
  if (f.tokens.length) text.push(arrayOverlaps(doctors.searchTokens, f.tokens));
  if (f.departmentIds.length) text.push(inArray(doctors.departmentId, f.departmentIds));
  if (!f.all && !text.length) return [];
  const parts: (SQL | undefined)[] = [eq(doctors.active, true), f.all ? undefined : or(...text)];
  if (f.title) parts.push(eq(doctors.title, f.title));
  if (f.date) {
    parts.push(exists(tx.select({ one: sql`1` }).from(clinicSessions).where(and(eq(clinicSessions.doctorId, doctors.id), eq(clinicSessions.date, f.date)))));
  }
  return tx
    .select({
      id: doctors.id,
      code: doctors.code,
      name: doctors.name,
      gender: doctors.gender,
      title: doctors.title,
      departmentId: doctors.departmentId,
      departmentName: departments.name,
      specialties: doctors.specialties,
      diseases: doctors.diseases,
      intro: doctors.intro,
      searchTokens: doctors.searchTokens,
    })
    .from(doctors)
    .innerJoin(departments, eq(departments.id, doctors.departmentId))
    .where(and(...parts))
    .orderBy(asc(departments.sortOrder), asc(doctors.sortOrder));
}

/** Sessions between two dates with free places summed from their slots (the live numbers the grid shows). */
export async function sessionAvailability(tx: Executor, doctorIds: string[], from: string, to: string) {
  if (!doctorIds.length) return [];
  return tx
    .select({
      sessionId: clinicSessions.id,
      doctorId: clinicSessions.doctorId,
      date: clinicSessions.date,
      period: clinicSessions.period,
      level: clinicSessions.level,
      feeFen: clinicSessions.feeFen,
      status: clinicSessions.status,
      releaseAt: clinicSessions.releaseAt,
      free: sql<number>`coalesce(sum(${slots.capacity} - ${slots.booked}), 0)::int`,
    })
    .from(clinicSessions)
    .leftJoin(slots, eq(slots.sessionId, clinicSessions.id))
    .where(and(inArray(clinicSessions.doctorId, doctorIds), between(clinicSessions.date, from, to)))
    .groupBy(clinicSessions.id)
    .orderBy(asc(clinicSessions.date), asc(clinicSessions.period));
}

/** Department ids for department codes (the triage rules name departments by code). */
export async function departmentIdsByCode(tx: Executor, codes: string[]) {
  if (!codes.length) return [];
  return tx.select({ id: departments.id, code: departments.code }).from(departments).where(inArray(departments.code, codes));
}

/** Free places per department over the dates, in open sessions already released for booking. */
export async function departmentRemaining(tx: Executor, departmentIds: string[], from: string, to: string, at: Date) {
  if (!departmentIds.length) return [];
  return tx
    .select({ departmentId: doctors.departmentId, free: sql<number>`coalesce(sum(${slots.capacity} - ${slots.booked}), 0)::int` })
    .from(clinicSessions)
    .innerJoin(doctors, eq(doctors.id, clinicSessions.doctorId))
    .innerJoin(slots, eq(slots.sessionId, clinicSessions.id))
    .where(
      and(
        inArray(doctors.departmentId, departmentIds),
        eq(doctors.active, true),
        eq(clinicSessions.status, 'open'),
        lte(clinicSessions.releaseAt, at),
        between(clinicSessions.date, from, to),
      ),
    )
    .groupBy(doctors.departmentId);
}
