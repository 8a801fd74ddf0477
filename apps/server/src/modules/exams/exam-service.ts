import type { ExamPackage, ExamPackageInput } from '@xinglin/contracts';
import type { Tx } from '../../db/client';
import { addDays, chinaDate } from '../schedule/domain';
import { admitPatient, auditors, daysFrom, sweep, uuidOrNull, type Caller, type ExamsDeps, type StaffCaller } from './context';
import { HOLD_MINUTES, bookableDates, canCancel } from './domain';
import { checkRange } from './capacity-range';
import * as err from './errors';
import * as repo from './repository';

const toPackage = (p: repo.PackageRow, days: ExamPackage['days']): ExamPackage => ({
  id: p.id,
  code: p.code,
  name: p.name,
  items: p.items,
  priceFen: p.priceFen,
  sex: p.sex as ExamPackage['sex'],
  ageMin: p.ageMin,
  ageMax: p.ageMax,
  notes: p.notes,
  active: p.active,
  days,
});

export type ExamService = ReturnType<typeof createExamService>;

/**
 * 体检预约: places are taken by conditional increments on the day's capacity rows (the package's and the exam
 * centre's) and one exam a day per patient is a partial unique index, all in the booking's one transaction.
 */
export function createExamService(deps: ExamsDeps) {
  const { db, now } = deps;
  const audit = auditors(deps);

  async function withDays(tx: Tx, rows: repo.PackageRow[]): Promise<ExamPackage[]> {
    const dates = bookableDates(now());
    const capacity = await repo.capacityBetween(tx, dates[0]!, dates.at(-1)!);
    return rows.map((p) => toPackage(p, daysFrom(capacity, now(), (c) => c.packageId === p.id, (c) => c.packageId === null)));
  }

  async function release(tx: Tx, b: repo.ExamBookingRow) {
    await repo.givePlaces(tx, b.packageId, b.date);
  }

  return {
    packages: () => db.transaction(async (tx) => withDays(tx, await repo.listPackages(tx, true))),

    async package(id: string): Promise<ExamPackage> {
      return db.transaction(async (tx) => {
        const p = uuidOrNull(id) && (await repo.findPackage(tx, id));
        if (!p || !p.active) throw err.notFound(err.PACKAGE);
        return (await withDays(tx, [p]))[0]!;
      });
    },

    async book(caller: Caller, input: { packageId: string; patientId: string; date: string }) {
      return db.transaction(async (tx) => {
        const pkg = await repo.findPackage(tx, input.packageId);
        if (!pkg || !pkg.active) throw err.notFound(err.PACKAGE);
        // A full day is public knowledge: answered from a plain read before the hot rows are touched.
        const state = await repo.dayState(tx, pkg.id, input.date);
        if (state === 'full') throw err.dayFull();
        const patient = await admitPatient(deps, tx, caller, input.patientId, input.date, pkg, err.PACKAGE);
        const taken = await repo.takePlaces(tx, pkg.id, input.date);
        if (taken === 'none') throw err.notOffered(err.PACKAGE);
        if (taken === 'full') throw err.dayFull();
        const t = now();
        const booking = await repo.insertBooking(tx, {
          packageId: pkg.id,
          patientId: patient.id,
          accountId: caller.accountId,
          date: input.date,
          status: 'held',
          priceFen: pkg.priceFen,
          holdExpiresAt: new Date(t.getTime() + HOLD_MINUTES * 60_000),
          createdAt: t,
        });
        if (!booking) throw err.examDayTaken();
        await audit.patient(tx, caller, patient.id, 'exam_booking', booking.id, 'book');
        return { ...booking, packageName: pkg.name, patientName: patient.name };
      });
    },

    async cancel(caller: Caller, id: string) {
      return db.transaction(async (tx) => {
        const b = uuidOrNull(id) && (await repo.findBooking(tx, id));
        if (!b || b.accountId !== caller.accountId) throw err.notFound(err.EXAM_BOOKING);
        if (!canCancel(b.date, now())) throw err.cancelTooLate();
        const ended = await repo.endBooking(tx, b.id, ['held', 'confirmed'], 'cancelled', now());
        if (!ended) throw err.notActive();
        await release(tx, ended);
        await audit.patient(tx, caller, b.patientId, 'exam_booking', b.id, 'cancel');
        return (await repo.describeBooking(tx, b.id))!;
      });
    },

    mine: (caller: Caller) =>
      db.transaction(async (tx) => {
        const rows = await repo.bookingsOfAccount(tx, caller.accountId);
        await audit.patient(tx, caller, null, 'exam_booking_list', null, 'read');
        return rows.map((r) => ({ ...r.booking, packageName: r.packageName, patientName: r.patientName }));
      }),

    /** Gives back the places of unpaid holds past their 15 minutes. For the job runner, never a request. */
    expireHolds: () =>
      sweep(
        deps,
        (tx) => repo.expiredHolds(tx, now(), 100),
        async (tx, id) => {
          const ended = await repo.endBooking(tx, id, ['held'], 'expired', now());
          if (!ended) return false;
          await release(tx, ended);
          await audit.system(tx, ended.patientId, 'exam_booking', ended.id, 'expire');
          return true;
        },
      ),

    admin: {
      packages: () => db.transaction(async (tx) => withDays(tx, await repo.listPackages(tx, false))),

      /** Every capacity row in the range, the centre's (packageId null) first on each day. No patient data: not audited. */
      async capacity(from: string, to: string) {
        checkRange(from, to);
        const rows = await db.transaction((tx) => repo.capacityBetween(tx, from, to));
        return rows
          .map((r) => ({ date: r.date, packageId: r.packageId, capacity: r.capacity, booked: r.booked }))
          .sort((x, y) => x.date.localeCompare(y.date) || (x.packageId ?? '').localeCompare(y.packageId ?? ''));
      },

      async create(caller: StaffCaller, input: ExamPackageInput) {
        if (input.ageMin !== null && input.ageMax !== null && input.ageMin > input.ageMax) throw err.badAgeRange();
        return db.transaction(async (tx) => {
          const row = await repo.insertPackage(tx, input);
          if (!row) throw err.codeTaken();
          await audit.staff(tx, caller, null, 'exam_package', row.id, 'create');
          return toPackage(row, []);
        });
      },

      async update(caller: StaffCaller, id: string, input: ExamPackageInput) {
        if (input.ageMin !== null && input.ageMax !== null && input.ageMin > input.ageMax) throw err.badAgeRange();
        return db.transaction(async (tx) => {
          const row = uuidOrNull(id) && (await repo.updatePackage(tx, id, input).catch(uniqueAs(err.codeTaken)));
          if (!row) throw err.notFound(err.PACKAGE);
          await audit.staff(tx, caller, null, 'exam_package', row.id, 'update');
          return (await withDays(tx, [row]))[0]!;
        });
      },

      async setCapacity(caller: StaffCaller, input: { date: string; packageId: string | null; capacity: number }) {
        if (input.date < chinaDate(now()) || input.date > addDays(chinaDate(now()), 366)) throw err.badDate(input.date < chinaDate(now()) ? 'past' : 'too_far', 366);
        return db.transaction(async (tx) => {
          if (input.packageId && !(await repo.findPackage(tx, input.packageId))) throw err.notFound(err.PACKAGE);
          const row = await repo.setCapacity(tx, input.date, input.packageId, input.capacity);
          if (!row) throw err.capacityBelowBooked();
          await audit.staff(tx, caller, null, 'exam_capacity', row.id, 'set');
          return { date: row.date, packageId: row.packageId, capacity: row.capacity, booked: row.booked };
        });
      },
    },
  };
}

/** A unique-index violation (a code in use) as a clear 409; anything else is rethrown. */
export function uniqueAs(make: () => Error) {
  return (e: unknown): never => {
    const code = (e as { code?: string; cause?: { code?: string } }).cause?.code ?? (e as { code?: string }).code;
    throw code === '23505' ? make() : e;
  };
}
