import type { Executor } from '../../db/client';
import { allDepartments, upsertCheckInPoints } from './repository';

/** The demo campuses' centres (fictional hospital, plausible Hangzhou coordinates). */
export const CAMPUS_CENTRES: Record<string, { latitude: number; longitude: number }> = {
  main: { latitude: 30.2741, longitude: 120.1551 },
  east: { latitude: 30.2886, longitude: 120.2102 },
};

/**
 * One check-in point per department, a few tens of metres apart around its campus centre, radius 500 m.
 * Idempotent: departments that already have a point keep it (an admin may have moved it).
 */
export async function seedCheckInPoints(tx: Executor): Promise<number> {
  const rows = (await allDepartments(tx)).map((d, i) => {
    const centre = CAMPUS_CENTRES[d.campusCode] ?? CAMPUS_CENTRES.main!;
    // About 20 m a step: buildings and floors differ a little, the radius covers the campus anyway.
    const dx = ((i % 5) - 2) * 0.0002;
    const dy = (Math.floor(i / 5) % 5 - 2) * 0.0002;
    return { departmentId: d.id, latitude: centre.latitude + dy, longitude: centre.longitude + dx, radiusMetres: 500 };
  });
  return upsertCheckInPoints(tx, rows);
}
