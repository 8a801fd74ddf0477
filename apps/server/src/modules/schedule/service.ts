import type { ClinicSession } from '@xinglin/contracts';
import type { Db, Executor } from '../../db/client';
import { notFound } from '../../errors';
import { DEFAULT_RELEASE_RULE, addDays, chinaDate, planSessions, type ReleaseRule } from './domain';
import * as repo from './repository';
import { isUuid } from '../../ids';

export type ScheduleService = ReturnType<typeof createScheduleService>;


export function createScheduleService({ db, now = () => new Date(), rule = DEFAULT_RELEASE_RULE }: { db: Db; now?: () => Date; rule?: ReleaseRule }) {
  return {
    /** Places in slots, for the booking context inside its transaction. */
    capacity: {
      find: (tx: Executor, slotId: string) => (isUuid(slotId) ? repo.findSlotWithSession(tx, slotId) : Promise.resolve(null)),
      take: repo.takePlace,
      give: repo.returnPlace,
    },

    /**
     * Turns templates into dated sessions and slots for the next `days` days. Idempotent, so every copy of the
     * server may run it at start and a daily job may run it again.
     */
    async materialize(days = 14): Promise<number> {
      return db.transaction(async (tx) => {
        const planned = planSessions(await repo.activeTemplates(tx), chinaDate(now()), days, rule);
        let created = 0;
        for (const s of planned) if (await repo.insertSessionWithSlots(tx, s)) created++;
        return created;
      });
    },

    /** A doctor's clinics with live remaining places, for the patient's slot grid. */
    async doctorSessions(doctorId: string, from: string | undefined, days: number): Promise<ClinicSession[]> {
      if (!isUuid(doctorId)) throw notFound({ zh: '医生', en: 'Doctor' });
      const start = from ?? chinaDate(now());
      const rows = await db.transaction((tx) => repo.sessionsOfDoctor(tx, doctorId, start, addDays(start, days - 1)));
      const t = now();
      return rows.map((s) => {
        const capacity = s.slots.reduce((n, x) => n + x.capacity, 0);
        const remaining = s.status === 'open' ? s.slots.reduce((n, x) => n + Math.max(0, x.capacity - x.booked), 0) : 0;
        return {
          id: s.id,
          doctorId: s.doctorId,
          date: s.date,
          period: s.period,
          level: s.level,
          feeFen: s.feeFen,
          status: s.status === 'stopped' ? 'stopped' : 'open',
          releaseAt: s.releaseAt.toISOString(),
          released: s.releaseAt <= t,
          capacity,
          remaining,
          slots: s.slots.map((x) => ({ id: x.id, startsAt: x.startsAt.toISOString(), endsAt: x.endsAt.toISOString(), remaining: s.status === 'open' ? x.capacity - x.booked : 0 })),
        };
      });
    },
  };
}
