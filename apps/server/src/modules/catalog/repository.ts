import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { DoctorTitle } from '@xinglin/contracts';
import type { Executor } from '../../db/client';
import { campuses, departmentGroups, departments, doctors, hospitals } from './tables';

export async function findHospital(tx: Executor) {
  const [hospital] = await tx.select().from(hospitals).limit(1);
  if (!hospital) return null;
  const rows = await tx.select().from(campuses).where(eq(campuses.hospitalId, hospital.id)).orderBy(asc(campuses.sortOrder));
  return { ...hospital, campuses: rows };
}

export async function listDepartments(tx: Executor) {
  return tx
    .select({
      id: departments.id,
      code: departments.code,
      name: departments.name,
      nameEn: departments.nameEn,
      groupName: departmentGroups.name,
      groupNameEn: departmentGroups.nameEn,
      campusId: departments.campusId,
      location: departments.location,
      intro: departments.intro,
      bookable: departments.bookable,
      doctorCount: sql<number>`(select count(*)::int from ${doctors} where ${doctors.departmentId} = ${departments.id} and ${doctors.active})`,
    })
    .from(departments)
    .innerJoin(departmentGroups, eq(departmentGroups.id, departments.groupId))
    .orderBy(asc(departmentGroups.sortOrder), asc(departments.sortOrder));
}

export interface DoctorFilter {
  departmentId?: string;
  title?: DoctorTitle;
  q?: string;
  limit: number;
  offset: number;
}

const doctorColumns = {
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
};

function doctorWhere(filter: Omit<DoctorFilter, 'limit' | 'offset'>): SQL | undefined {
  const parts: (SQL | undefined)[] = [eq(doctors.active, true)];
  if (filter.departmentId) parts.push(eq(doctors.departmentId, filter.departmentId));
  if (filter.title) parts.push(eq(doctors.title, filter.title));
  if (filter.q) {
    // Substring match is enough for names and short medical terms; the booking issue brings ranked search.
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(
      or(
        ilike(doctors.name, like),
        ilike(departments.name, like),
        sql`array_to_string(${doctors.specialties}, ' ') ilike ${like}`,
        sql`array_to_string(${doctors.diseases}, ' ') ilike ${like}`,
      ),
    );
  }
  return and(...parts);
}

export async function listDoctors(tx: Executor, filter: DoctorFilter) {
  const where = doctorWhere(filter);
  const items = await tx
    .select(doctorColumns)
    .from(doctors)
    .innerJoin(departments, eq(departments.id, doctors.departmentId))
    .where(where)
    .orderBy(asc(departments.sortOrder), asc(doctors.sortOrder))
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await tx
    .select({ n: count() })
    .from(doctors)
    .innerJoin(departments, eq(departments.id, doctors.departmentId))
    .where(where);
  return { items, total: Number(total?.n ?? 0) };
}

export async function findDoctor(tx: Executor, id: string) {
  const [row] = await tx
    .select(doctorColumns)
    .from(doctors)
    .innerJoin(departments, eq(departments.id, doctors.departmentId))
    .where(and(eq(doctors.id, id), eq(doctors.active, true)));
  return row ?? null;
}

export async function catalogIsEmpty(tx: Executor): Promise<boolean> {
  const [row] = await tx.select({ n: count() }).from(hospitals);
  return Number(row?.n ?? 0) === 0;
}

export async function findDoctorByCode(tx: Executor, code: string) {
  const [row] = await tx.select({ id: doctors.id, name: doctors.name }).from(doctors).where(eq(doctors.code, code));
  return row ?? null;
}

/** Every active doctor with title, in catalogue order (the schedule seeder plans clinics from it). */
export async function allDoctors(tx: Executor) {
  return tx.select({ id: doctors.id, title: doctors.title }).from(doctors).where(eq(doctors.active, true)).orderBy(asc(doctors.sortOrder));
}

export async function departmentById(tx: Executor, id: string) {
  const [row] = await tx.select({ id: departments.id, name: departments.name }).from(departments).where(eq(departments.id, id));
  return row ?? null;
}
