import type { DoctorTitle } from '@xinglin/contracts';
import type { Tx } from '../../db/client';
import type { Level, Period } from './domain';
import { insertTemplates } from './repository';

const LEVEL_AND_FEE: Record<DoctorTitle, { level: Level; feeFen: number; places: number }> = {
  chief: { level: 'expert', feeFen: 5000, places: 2 },
  associate_chief: { level: 'expert', feeFen: 3000, places: 3 },
  attending: { level: 'general', feeFen: 2000, places: 4 },
  resident: { level: 'general', feeFen: 1000, places: 4 },
};

/**
 * Demo weekly clinics: each doctor sits two or three half-days a week, spread so every department has clinics on
 * most weekdays; the first chief of every five also runs a Saturday 特需 clinic.
 */
export async function seedScheduleTemplates(tx: Tx, doctors: { id: string; title: DoctorTitle }[]): Promise<number> {
  const periods: Period[] = ['morning', 'afternoon'];
  const rows = doctors.flatMap((d, i) => {
    const { level, feeFen, places } = LEVEL_AND_FEE[d.title];
    const days = [1 + (i % 5), 1 + ((i + 2) % 5)];
    if (d.title === 'resident' || d.title === 'attending') days.push(1 + ((i + 4) % 5));
    const weekly = [...new Set(days)].map((weekday, k) => ({ doctorId: d.id, weekday, period: periods[(i + k) % 2]!, level, feeFen, placesPerSlot: places }));
    if (d.title === 'chief' && i % 5 === 0) weekly.push({ doctorId: d.id, weekday: 6, period: 'morning', level: 'special', feeFen: 30000, placesPerSlot: 1 });
    if (d.title === 'attending' && i % 7 === 0) weekly.push({ doctorId: d.id, weekday: 3, period: 'evening', level: 'general', feeFen: 2000, placesPerSlot: 3 });
    return weekly;
  });
  await insertTemplates(tx, rows);
  return rows.length;
}
