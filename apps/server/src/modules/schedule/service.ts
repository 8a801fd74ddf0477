import type { ClinicSession, ScheduleTemplate } from '@xinglin/contracts';
import type { Db, Executor } from '../../db/client';
import { notFound } from '../../errors';
import { DEFAULT_RELEASE_RULE, addDays, chinaDate, planSessions, releaseAt, slotsFor, type Period, type ReleaseRule } from './domain';
import * as repo from './repository';
import { isUuid } from '../../ids';

export type ScheduleService = ReturnType<typeof createScheduleService>;

/** The catalogue's doctor lookup (passed in: schedule does not import catalog's service). */
interface DoctorLookup {
  describeDoctor(tx: Executor, id: string): Promise<unknown>;
}

export function createScheduleService({ db, now = () => new Date(), rule = DEFAULT_RELEASE_RULE }: { db: Db; now?: () => Date; rule?: ReleaseRule }) {
  /** The department's rule, else the hospital's, else the configured default. */
  async function rulesByDoctor(tx: Executor) {
    const rules = await repo.allReleaseRules(tx);
    const hospital = rules.find((r) => r.departmentId === null) ?? rule;
    const byDepartment = new Map(rules.filter((r) => r.departmentId).map((r) => [r.departmentId!, r]));
    const departmentOf = new Map((await repo.templatesWithDepartment(tx)).map((t) => [t.doctorId, t.departmentId]));
    return (doctorId: string): ReleaseRule => byDepartment.get(departmentOf.get(doctorId) ?? '') ?? hospital;
  }

  /**
   * Turns templates into dated sessions and slots for the next `days` days. Idempotent, so every copy of the
   * server may run it at start and a daily job may run it again.
   */
  async function materialize(days = 14): Promise<number> {
    return db.transaction(async (tx) => {
      const ruleOf = await rulesByDoctor(tx);
      const planned = planSessions(await repo.activeTemplates(tx), chinaDate(now()), days, ruleOf);
      let created = 0;
      for (const s of planned) if (await repo.insertSessionWithSlots(tx, s)) created++;
      return created;
    });
  }

  return {
    templates: {
      async list(catalog: DoctorLookup, doctorId: string): Promise<ScheduleTemplate[]> {
        return db.transaction(async (tx) => {
          if (!(await catalog.describeDoctor(tx, doctorId))) throw notFound({ zh: '医生', en: 'Doctor' });
          return (await repo.templatesOfDoctor(tx, doctorId)).map((t) => ({ weekday: t.weekday, period: t.period, level: t.level, feeFen: t.feeFen, placesPerSlot: t.placesPerSlot, active: t.active }));
        });
      },
      /** Saves a template; dates already materialised keep their clinics (patients may have booked them). */
      async save(catalog: DoctorLookup, doctorId: string, t: ScheduleTemplate, audit: (tx: Executor, doctorId: string) => Promise<void>) {
        await db.transaction(async (tx) => {
          if (!(await catalog.describeDoctor(tx, doctorId))) throw notFound({ zh: '医生', en: 'Doctor' });
          await repo.saveTemplate(tx, { doctorId, ...t, slotMinutes: 30 });
          await audit(tx, doctorId);
        });
        return { sessionsCreated: await materialize() };
      },
    },

    sessionById: (tx: Executor, id: string) => (isUuid(id) ? repo.findSession(tx, id) : Promise.resolve(null)),

    /** 当日挂号: the department's rule, else the hospital's; allowed unless a rule says otherwise. */
    async sameDayAllowed(tx: Executor, doctorId: string): Promise<boolean> {
      return (await repo.ruleForDoctor(tx, doctorId))?.sameDay ?? true;
    },

    /** 停诊: open → stopped, once; the booking context then handles its patients. */
    stop: (tx: Executor, sessionId: string) => repo.stopSession(tx, sessionId),

    /** 加号: more places in a slot; returns the slot or null if unknown. */
    addPlaces: (tx: Executor, slotId: string, places: number) => (isUuid(slotId) ? repo.addPlaces(tx, slotId, places) : Promise.resolve(null)),

    /** An extra clinic (加诊), open at once, priced like the doctor's regular clinics. Null if one exists already. */
    async addExtraSession(tx: Executor, s: { doctorId: string; date: string; period: Period; placesPerSlot: number }) {
      const template = (await repo.activeTemplates(tx)).find((t) => t.doctorId === s.doctorId);
      const level = template?.level ?? 'general';
      const feeFen = template?.feeFen ?? 500;
      const planned = { ...s, level, feeFen, releaseAt: now(), slots: slotsFor(s.date, s.period, template?.slotMinutes ?? 30, s.placesPerSlot) };
      return repo.insertExtraSession(tx, planned);
    },

    releaseRules: () => db.transaction((tx) => repo.allReleaseRules(tx)),

    /** Saves a rule and re-times every session that has not opened yet, so the change applies at once. */
    async setReleaseRule(input: { departmentId: string | null; daysAhead: number; releaseTime: string; sameDay: boolean }) {
      return db.transaction(async (tx) => {
        await repo.upsertReleaseRule(tx, { ...input, updatedAt: now() });
        const all = await repo.allReleaseRules(tx);
        const hospital = all.find((r) => r.departmentId === null) ?? rule;
        let retimed = 0;
        for (const s of await repo.unreleasedSessions(tx, now())) {
          const r = all.find((x) => x.departmentId === s.departmentId) ?? hospital;
          await repo.setReleaseAt(tx, s.id, releaseAt(s.date, r));
          retimed++;
        }
        return { retimed };
      });
    },

    /** Places in slots, for the booking context inside its transaction. */
    capacity: {
      find: (tx: Executor, slotId: string) => (isUuid(slotId) ? repo.findSlotWithSession(tx, slotId) : Promise.resolve(null)),
      take: repo.takePlace,
      give: repo.returnPlace,
    },

    materialize,

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
