import type { Db } from './client';
import { seedStaff } from '../modules/auth/seeder';
import { allDoctors, catalogIsEmpty, findDoctorByCode } from '../modules/catalog/repository';
import { seedScheduleTemplates } from '../modules/schedule/seeder';
import { seedCheckInPoints } from '../modules/queue/seeder';
import { seedExamsDemo } from '../modules/exams/seeder';
import type { Protection } from '../security/protection';
import { seedDemoPatients } from './seed-patients';
import { seedCatalog } from '../modules/catalog/seeder';
import { seedTriageRules } from '../modules/triage/seeder';
import { seedDemoReports } from '../modules/reports/seed-demo';

export type SeedResult = { seeded: false } | { seeded: true; departments: number; doctors: number; staff: number; patients: number };

/**
 * Loads the demo hospital once: a database that already has a hospital is left alone.
 * The advisory lock makes concurrent starts of several copies seed exactly once.
 */
export async function seedDemoData(db: Db, protection: Protection): Promise<SeedResult> {
  return db.transaction(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(7243002)`);
    const catalog = (await catalogIsEmpty(tx)) ? await seedCatalog(tx) : null;
    // Demo staff are checked one by one, so accounts added by later versions appear in older databases too.
    const staff = await seedStaff(tx, protection, (code) => findDoctorByCode(tx, code));
    const patients = catalog ? await seedDemoPatients(tx, protection, new Date()) : 0;
    if (catalog) await seedScheduleTemplates(tx, await allDoctors(tx));
    await seedCheckInPoints(tx); // idempotent: departments added later get a check-in point too
    await seedExamsDemo(tx, new Date()); // idempotent: adds the coming days' exam and vaccine places on every start
    await seedTriageRules(tx); // by code: rules added by later versions reach older databases; edited ones stay
    await seedDemoReports(tx, protection, new Date()); // idempotent by filler order; only when the demo patient exists
    if (!catalog && staff === 0) return { seeded: false };
    return { seeded: true, departments: catalog?.departments ?? 0, doctors: catalog?.doctors ?? 0, staff, patients };
  });
}
