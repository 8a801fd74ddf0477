import type { DosePlan, Vaccine, VaccineInput } from '@xinglin/contracts';
import type { Tx } from '../../db/client';
import { addDays, chinaDate } from '../schedule/domain';
import { admitPatient, auditors, daysFrom, sweep, uuidOrNull, type Caller, type ExamsDeps, type StaffCaller } from './context';
import { HOLD_MINUTES, bookableDates, canCancel, eligibility, planDose } from './domain';
import { checkRange } from './capacity-range';
import * as err from './errors';
import { uniqueAs } from './exam-service';
import * as repo from './vaccine-repository';

const toVaccine = (v: repo.VaccineRow, days: Vaccine['days']): Vaccine => ({
  id: v.id,
  code: v.code,
  name: v.name,
  manufacturer: v.manufacturer,
  doses: v.doses,
  intervalDays: v.intervalDays,
  ageMin: v.ageMin,
  ageMax: v.ageMax,
  sex: v.sex as Vaccine['sex'],
  priceFen: v.priceFen,
  notes: v.notes,
  active: v.active,
  days,
});

export type VaccineService = ReturnType<typeof createVaccineService>;

/**
 * 疫苗接种: a dose is booked only after the previous one was given at least the interval earlier. Doses given are
 * never changed once written, so reading them is safe; racing bookings meet the partial unique indexes (one open
 * booking per vaccine, one booking per dose) and the conditional increment on the day's places.
 */
export function createVaccineService(deps: ExamsDeps) {
  const { db, now } = deps;
  const audit = auditors(deps);

  async function withDays(tx: Tx, rows: repo.VaccineRow[]): Promise<Vaccine[]> {
    const dates = bookableDates(now());
    const capacity = await repo.capacityBetween(tx, dates[0]!, dates.at(-1)!);
    return rows.map((v) => toVaccine(v, daysFrom(capacity, now(), (c) => c.vaccineId === v.id)));
  }

  async function activeVaccine(tx: Tx, id: string) {
    const v = uuidOrNull(id) && (await repo.findVaccine(tx, id));
    if (!v || !v.active) throw err.notFound(err.VACCINE);
    return v;
  }

  return {
    vaccines: () => db.transaction(async (tx) => withDays(tx, await repo.listVaccines(tx, true))),
    vaccine: (id: string) => db.transaction(async (tx) => (await withDays(tx, [await activeVaccine(tx, id)]))[0]!),

    /** Which dose a family member needs next and from when; an audited read of their vaccination history. */
    async plan(caller: Caller, vaccineId: string, patientId: string): Promise<DosePlan> {
      return db.transaction(async (tx) => {
        const v = await activeVaccine(tx, vaccineId);
        const patient = await deps.patients.core.requireAccess(tx, caller, patientId, 'manage');
        const given = await repo.dosesGiven(tx, patient.id, v.id);
        const open = await repo.openVaccination(tx, patient.id, v.id);
        const next = planDose(v, given, now());
        await audit.patient(tx, caller, patient.id, 'vaccine_plan', v.id, 'read');
        const problem = eligibility(v, patient, next.earliestDate ?? addDays(chinaDate(now()), 1));
        return { vaccineId: v.id, patientId: patient.id, doses: v.doses, intervalDays: v.intervalDays, given, ...next, openVaccinationId: open?.id ?? null, problem };
      });
    },

    async book(caller: Caller, input: { vaccineId: string; patientId: string; date: string }) {
      return db.transaction(async (tx) => {
        const v = await activeVaccine(tx, input.vaccineId);
        if ((await repo.dayState(tx, v.id, input.date)) === 'full') throw err.dayFull();
        const patient = await admitPatient(deps, tx, caller, input.patientId, input.date, v, err.VACCINE);
        if (await repo.openVaccination(tx, patient.id, v.id)) throw err.vaccinationOpen();
        const next = planDose(v, await repo.dosesGiven(tx, patient.id, v.id), now());
        if (next.nextDose === null) throw err.dosesComplete(v.doses);
        if (input.date < next.earliestDate!) throw err.doseTooEarly(next.nextDose, next.earliestDate!, v.intervalDays);
        const taken = await repo.takePlace(tx, v.id, input.date);
        if (taken === 'none') throw err.notOffered(err.VACCINE);
        if (taken === 'full') throw err.dayFull();
        const t = now();
        const row = await repo.insertVaccination(tx, {
          vaccineId: v.id,
          patientId: patient.id,
          accountId: caller.accountId,
          doseNo: next.nextDose,
          date: input.date,
          status: 'held',
          priceFen: v.priceFen,
          holdExpiresAt: new Date(t.getTime() + HOLD_MINUTES * 60_000),
          createdAt: t,
        });
        // Lost a race with another booking for this person: the unique indexes decided.
        if (!row) throw (await repo.openVaccination(tx, patient.id, v.id)) ? err.vaccinationOpen() : err.doseAlreadyBooked();
        await audit.patient(tx, caller, patient.id, 'vaccination', row.id, 'book');
        return { ...row, vaccineName: v.name, doses: v.doses, patientName: patient.name };
      });
    },

    async cancel(caller: Caller, id: string) {
      return db.transaction(async (tx) => {
        const b = uuidOrNull(id) && (await repo.findVaccination(tx, id));
        if (!b || b.accountId !== caller.accountId) throw err.notFound(err.VACCINATION);
        if (!canCancel(b.date, now())) throw err.cancelTooLate();
        const ended = await repo.moveVaccination(tx, b.id, ['held', 'confirmed'], { status: 'cancelled', cancelledAt: now() });
        if (!ended) throw err.notActive();
        await repo.givePlace(tx, ended.vaccineId, ended.date);
        await audit.patient(tx, caller, b.patientId, 'vaccination', b.id, 'cancel');
        return (await repo.describeVaccination(tx, b.id))!;
      });
    },

    mine: (caller: Caller) =>
      db.transaction(async (tx) => {
        const rows = await repo.vaccinationsOfAccount(tx, caller.accountId);
        await audit.patient(tx, caller, null, 'vaccination_list', null, 'read');
        return rows.map((r) => ({ ...r.vaccination, vaccineName: r.vaccineName, doses: r.doses, patientName: r.patientName }));
      }),

    expireHolds: () =>
      sweep(
        deps,
        (tx) => repo.expiredHolds(tx, now(), 100),
        async (tx, id) => {
          const ended = await repo.moveVaccination(tx, id, ['held'], { status: 'expired', cancelledAt: now() });
          if (!ended) return false;
          await repo.givePlace(tx, ended.vaccineId, ended.date);
          await audit.system(tx, ended.patientId, 'vaccination', ended.id, 'expire');
          return true;
        },
      ),

    admin: {
      vaccines: () => db.transaction(async (tx) => withDays(tx, await repo.listVaccines(tx, false))),

      /** Every vaccine's capacity rows in the range, by day then vaccine. No patient data: not audited. */
      async capacity(from: string, to: string) {
        checkRange(from, to);
        const rows = await db.transaction((tx) => repo.capacityBetween(tx, from, to));
        return rows
          .map((r) => ({ vaccineId: r.vaccineId, date: r.date, capacity: r.capacity, booked: r.booked }))
          .sort((x, y) => x.date.localeCompare(y.date) || x.vaccineId.localeCompare(y.vaccineId));
      },

      async create(caller: StaffCaller, input: VaccineInput) {
        if (input.ageMin !== null && input.ageMax !== null && input.ageMin > input.ageMax) throw err.badAgeRange();
        return db.transaction(async (tx) => {
          const row = await repo.insertVaccine(tx, input);
          if (!row) throw err.codeTaken();
          await audit.staff(tx, caller, null, 'vaccine', row.id, 'create');
          return toVaccine(row, []);
        });
      },

      async update(caller: StaffCaller, id: string, input: VaccineInput) {
        if (input.ageMin !== null && input.ageMax !== null && input.ageMin > input.ageMax) throw err.badAgeRange();
        return db.transaction(async (tx) => {
          const row = uuidOrNull(id) && (await repo.updateVaccine(tx, id, input).catch(uniqueAs(err.codeTaken)));
          if (!row) throw err.notFound(err.VACCINE);
          await audit.staff(tx, caller, null, 'vaccine', row.id, 'update');
          return (await withDays(tx, [row]))[0]!;
        });
      },

      async setCapacity(caller: StaffCaller, input: { vaccineId: string; date: string; capacity: number }) {
        const today = chinaDate(now());
        if (input.date < today || input.date > addDays(today, 366)) throw err.badDate(input.date < today ? 'past' : 'too_far', 366);
        return db.transaction(async (tx) => {
          if (!(await repo.findVaccine(tx, input.vaccineId))) throw err.notFound(err.VACCINE);
          const row = await repo.setCapacity(tx, input.vaccineId, input.date, input.capacity);
          if (!row) throw err.capacityBelowBooked();
          await audit.staff(tx, caller, null, 'vaccine_capacity', input.vaccineId, 'set');
          return row;
        });
      },

      /** 登记接种: the booked dose becomes a dose given (on the day, not before); its place stays used. */
      async markGiven(caller: StaffCaller, id: string) {
        return db.transaction(async (tx) => {
          const b = uuidOrNull(id) && (await repo.findVaccination(tx, id));
          if (!b) throw err.notFound(err.VACCINATION);
          const today = chinaDate(now());
          if (b.date > today) throw err.notDue();
          const given = await repo.moveVaccination(tx, b.id, ['held', 'confirmed'], { status: 'given', givenAt: now() });
          if (!given) throw err.notActive();
          const dose = await repo.insertDose(tx, { patientId: b.patientId, vaccineId: b.vaccineId, doseNo: b.doseNo, givenOn: today, vaccinationId: b.id, recordedBy: caller.staffId, createdAt: now() });
          if (!dose) throw err.doseAlreadyBooked();
          await audit.staff(tx, caller, b.patientId, 'vaccination', b.id, 'give');
          return (await repo.describeVaccination(tx, b.id))!;
        });
      },
    },
  };
}
