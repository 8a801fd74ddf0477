import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../apps/server/src/db/client';
import { chinaDate } from '../apps/server/src/modules/schedule/domain';
import { signCheckInToken } from '../apps/server/src/modules/queue/qr-token';
import { insertSessionWithSlots } from '../apps/server/src/modules/schedule/repository';

export interface CheckinClinic {
  doctorName: string;
  slotId: string;
  /** The clinic's day (China time), as the doctor's slot grid names it. */
  date: string;
  /** What the department's posted QR code carries (the poster the patient scans or, on H5, pastes). */
  qrToken: string;
}

/**
 * A clinic of 韩淑芬 (内分泌科, who treats 糖尿病) whose first slot starts 29 minutes from now: check-in (which opens
 * 30 minutes before a slot) is open at once, and booking (open until the slot starts) stays open for the 29 minutes
 * in which the browser test may run — on CI it runs beside the server tests, often ten minutes or more after set-up.
 */
export async function prepareCheckinClinic(database: Database, authSecret: string): Promise<CheckinClinic> {
  const [doctor] = await queryRows<{ id: string; name: string; department_id: string; key_version: number }>(
    database.db,
    sql`select d.id, d.name, d.department_id, p.key_version from doctors d join check_in_points p on p.department_id = d.department_id where d.code = 'd014'`,
  );
  if (!doctor) throw new Error('demo doctor d014 or its check-in point is missing');
  const start = Math.floor((Date.now() + 29 * 60_000) / 60_000) * 60_000;
  const date = chinaDate(new Date(start));
  for (const period of ['evening', 'afternoon', 'morning'] as const) {
    const created = await database.db.transaction((tx) =>
      insertSessionWithSlots(tx, {
        doctorId: doctor.id,
        date,
        period,
        level: 'expert',
        feeFen: 3000,
        releaseAt: new Date(Date.now() - 3600_000),
        slots: [0, 1].map((i) => ({ startsAt: new Date(start + i * 30 * 60_000), endsAt: new Date(start + (i + 1) * 30 * 60_000), capacity: 5 })),
      }),
    );
    if (!created) continue;
    const [slot] = await queryRows<{ id: string }>(
      database.db,
      sql`select s.id from slots s join clinic_sessions c on c.id = s.session_id where c.doctor_id = ${doctor.id} and c.date = ${date} and c.period = ${period} order by s.starts_at limit 1`,
    );
    return { doctorName: doctor.name, slotId: slot!.id, date, qrToken: signCheckInToken(authSecret, doctor.department_id, Number(doctor.key_version)) };
  }
  throw new Error('韩淑芬 already has every clinic today');
}
