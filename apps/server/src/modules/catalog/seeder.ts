import type { Tx } from '../../db/client';
import { seedDepartmentGroups, seedDepartments, seedDoctors, seedHospital } from './seed';
import { reindexSearch } from './search-repository';
import { campuses, departmentGroups, departments, doctors, hospitals } from './tables';

const must = <T>(map: Map<string, T>, key: string, what: string): T => {
  const v = map.get(key);
  if (v === undefined) throw new Error(`seed data: unknown ${what} ${key}`);
  return v;
};

/** Loads the demo hospital's catalogue. Callers check catalogIsEmpty first; this only inserts. */
export async function seedCatalog(tx: Tx): Promise<{ departments: number; doctors: number }> {
  const { campuses: seedCampuses, ...hospital } = seedHospital;
  const [h] = await tx.insert(hospitals).values(hospital).returning({ id: hospitals.id });
  const campusRows = await tx
    .insert(campuses)
    .values(seedCampuses.map((c, i) => ({ ...c, hospitalId: h!.id, sortOrder: i })))
    .returning({ id: campuses.id, code: campuses.code });
  const groupRows = await tx
    .insert(departmentGroups)
    .values(seedDepartmentGroups.map((g, i) => ({ ...g, sortOrder: i })))
    .returning({ id: departmentGroups.id, code: departmentGroups.code });
  const campusIds = new Map(campusRows.map((r) => [r.code, r.id]));
  const groupIds = new Map(groupRows.map((r) => [r.code, r.id]));
  const deptRows = await tx
    .insert(departments)
    .values(
      seedDepartments.map(({ groupCode, campusCode, ...d }, i) => ({
        ...d,
        groupId: must(groupIds, groupCode, 'department group'),
        campusId: must(campusIds, campusCode, 'campus'),
        sortOrder: i,
      })),
    )
    .returning({ id: departments.id, code: departments.code });
  const deptIds = new Map(deptRows.map((r) => [r.code, r.id]));
  await tx.insert(doctors).values(
    seedDoctors.map(({ departmentCode, ...d }, i) => ({
      ...d,
      departmentId: must(deptIds, departmentCode, 'department'),
      sortOrder: i,
    })),
  );
  await reindexSearch(tx);
  return { departments: deptRows.length, doctors: seedDoctors.length };
}
