import type { Db, Tx } from '../../db/client';
import { AppError, conflict, notFound } from '../../errors';
import type { AuditService } from '../audit/service';
import type { CatalogService } from '../catalog/service';
import type { PatientsService } from '../patients';
import type { Caller } from '../patients/service';
import type { RecordsService } from '../records';
import type { ScheduleService } from '../schedule/service';
import { DEFAULT_BOOKING_RULES, canCancel, slotProblem, type BookingRules } from './domain';
import * as repo from './repository';
import { isUuid } from '../../ids';

export interface BookingDeps {
  db: Db;
  audit: AuditService;
  patients: PatientsService;
  schedule: ScheduleService;
  catalog: CatalogService;
  records: RecordsService;
  rules?: BookingRules;
  now: () => Date;
}

const BOOKING = { zh: '预约', en: 'Booking' };
const SLOT = { zh: '号源', en: 'Slot' };
const slotMessages = {
  stopped: ['该出诊已停诊', 'This clinic has been cancelled'],
  not_released: ['该号源尚未开放预约', 'This clinic is not open for booking yet'],
  past: ['该时段已过，请选择其他时段', 'This time has passed; choose another'],
} as const;

const slotFull = () => conflict('SLOT_FULL', '该时段号源已约满，可选择其他时段或加入候补', 'This time is fully booked; choose another or join the waitlist');

export type BookingService = ReturnType<typeof createBookingService>;

/**
 * 挂号: every limit is a conditional update or a unique index in the booking's one transaction, so a refused
 * step rolls back every earlier one: places and counters are never lost or doubled.
 */
export function createBookingService(deps: BookingDeps) {
  const { db, now } = deps;
  const rules = deps.rules ?? DEFAULT_BOOKING_RULES;
  const audit = (tx: Tx, caller: Caller, patientId: string, bookingId: string, action: string) =>
    deps.audit.record(tx, { actor: { kind: 'patient', id: caller.accountId, role: 'patient' }, patientId, objectType: 'booking', objectId: bookingId, action, outcome: 'success', ip: caller.ip, requestId: caller.requestId });

  async function release(tx: Tx, b: repo.BookingRow) {
    await deps.schedule.capacity.give(tx, b.slotId);
    await repo.leaveDepartment(tx, b.patientId, b.date, b.departmentId);
    await repo.closeBooking(tx, b.accountId);
  }

  return {
    async book(caller: Caller, patientId: string, slotId: string) {
      return db.transaction(async (tx) => {
        // A sold-out slot is public knowledge: answer it from a plain read, before anything else, so the
        // release-time rush does not queue on the slot's row once it is full.
        const found = await deps.schedule.capacity.find(tx, slotId);
        if (found && found.slot.booked >= found.slot.capacity) throw slotFull();
        const patient = await deps.patients.core.requireAccess(tx, caller, patientId, 'manage');
        if (patient.verificationLevel < 2) {
          throw new AppError('PATIENT_NOT_VERIFIED', 422, '就诊人需完成实名认证后才能挂号', 'The patient must complete real-name verification before booking');
        }
        if (!found) throw notFound(SLOT);
        const t = now();
        const problem = slotProblem(found.session, found.slot, t);
        if (problem) throw conflict(`SLOT_${problem.toUpperCase()}`, slotMessages[problem][0], slotMessages[problem][1]);
        const doctor = await deps.catalog.describeDoctor(tx, found.session.doctorId);
        if (!doctor) throw notFound(SLOT);
        if (!(await deps.schedule.capacity.take(tx, slotId))) throw slotFull();
        if (!(await repo.enterDepartment(tx, patientId, found.session.date, doctor.departmentId, rules.maxDepartmentsPerDay))) {
          throw conflict('DEPARTMENT_LIMIT', `同一就诊人每天最多预约 ${rules.maxDepartmentsPerDay} 个科室`, `A patient can book at most ${rules.maxDepartmentsPerDay} departments a day`);
        }
        if (!(await repo.openBooking(tx, caller.accountId, rules.maxOpenPerAccount))) {
          throw conflict('OPEN_BOOKING_LIMIT', `每个账号最多同时持有 ${rules.maxOpenPerAccount} 个未就诊预约`, `An account can hold at most ${rules.maxOpenPerAccount} open bookings`);
        }
        const booking = await repo.insertBooking(tx, {
          slotId,
          sessionId: found.session.id,
          doctorId: doctor.id,
          departmentId: doctor.departmentId,
          patientId,
          accountId: caller.accountId,
          date: found.session.date,
          status: 'held',
          visitNo: await repo.nextVisitNo(tx, found.session.id),
          feeFen: found.session.feeFen,
          holdExpiresAt: new Date(t.getTime() + rules.holdMinutes * 60_000),
          createdAt: t,
        });
        if (!booking) throw conflict('DUPLICATE_BOOKING', '该就诊人当天已预约过这位医生', 'This patient already has a booking with this doctor that day');
        await deps.records.addRelationship(tx, {
          patientId,
          doctorId: doctor.id,
          source: 'booking',
          validFrom: t,
          validUntil: new Date(found.slot.endsAt.getTime() + rules.careDaysAfterVisit * 86_400_000),
          createdBy: caller.accountId,
        });
        await audit(tx, caller, patientId, booking.id, 'book');
        return { ...booking, startsAt: found.slot.startsAt, endsAt: found.slot.endsAt, doctorName: doctor.name, departmentName: doctor.departmentName };
      });
    },

    async cancel(caller: Caller, bookingId: string) {
      return db.transaction(async (tx) => {
        const b = isUuid(bookingId) ? await repo.findBooking(tx, bookingId) : null;
        if (!b || b.accountId !== caller.accountId) throw notFound(BOOKING);
        const slot = await deps.schedule.capacity.find(tx, b.slotId);
        if (slot && !canCancel(slot.slot.startsAt, now(), rules)) {
          throw conflict('CANCEL_TOO_LATE', `就诊前 ${rules.cancelCutoffMinutes / 60} 小时内不能退号`, `Bookings cannot be cancelled within ${rules.cancelCutoffMinutes / 60} hours of the visit`);
        }
        const ended = await repo.endBooking(tx, b.id, ['held', 'confirmed'], 'cancelled', now());
        if (!ended) throw conflict('BOOKING_NOT_ACTIVE', '该预约已取消或已结束', 'This booking is already cancelled or over');
        await release(tx, ended);
        await audit(tx, caller, b.patientId, b.id, 'cancel');
        return ended;
      });
    },

    /** Gives back the places of unpaid holds past their 15 minutes. Run by a background job, never a request. */
    async expireHolds(batch = 100): Promise<number> {
      let expired = 0;
      for (;;) {
        const n = await db.transaction(async (tx) => {
          const due = await repo.expiredHolds(tx, now(), batch);
          let done = 0;
          for (const { id } of due) {
            const ended = await repo.endBooking(tx, id, ['held'], 'expired', now());
            if (ended) {
              await release(tx, ended);
              done++;
            }
          }
          return due.length === 0 ? -1 : done;
        });
        if (n < 0) return expired;
        expired += n;
      }
    },

    mine: (caller: Caller) => db.transaction((tx) => repo.bookingsOfAccount(tx, caller.accountId)),
  };
}
