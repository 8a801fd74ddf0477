import type { Tx } from '../../db/client';
import { AppError, conflict } from '../../errors';
import type { BookingRules } from './domain';
import * as repo from './repository';
import type { BookingDeps } from './context';

export interface Placement {
  accountId: string;
  patientId: string;
  slotId: string;
  origin: 'direct' | 'waitlist' | 'transfer';
  holdMinutes: number;
  /** A transfer keeps the giver's visit number and its place, which is already taken. */
  keep?: { visitNo: number };
}

export const slotFull = () => conflict('SLOT_FULL', '该时段号源已约满，可选择其他时段或加入候补', 'This time is fully booked; choose another or join the waitlist');

type Found = NonNullable<Awaited<ReturnType<BookingDeps['schedule']['capacity']['find']>>>;

/**
 * Takes a place and every per-patient counter inside the caller's transaction. Each step is a conditional
 * update or a unique index, so a refusal (thrown AppError) rolls back the steps before it. The slot's row and the
 * session's visit counter are the rows every booker of the clinic waits on, so they are taken last: their locks
 * are held only for the rest of this transaction, not for the patient's own counters and care relationship too.
 * `known` is the caller's read of the slot when it already has one (it is read again otherwise).
 */
export async function placeBooking(tx: Tx, deps: Pick<BookingDeps, 'schedule' | 'catalog' | 'records'>, rules: BookingRules, p: Placement, at: Date, known?: Found) {
  const found = known ?? (await deps.schedule.capacity.find(tx, p.slotId));
  const doctor = found && (await deps.catalog.describeDoctor(tx, found.session.doctorId));
  if (!found || !doctor) throw new AppError('NOT_FOUND', 404, '号源不存在', 'Slot not found');
  if (!(await repo.enterDepartment(tx, p.patientId, found.session.date, doctor.departmentId, rules.maxDepartmentsPerDay))) {
    throw conflict('DEPARTMENT_LIMIT', `同一就诊人每天最多预约 ${rules.maxDepartmentsPerDay} 个科室`, `A patient can book at most ${rules.maxDepartmentsPerDay} departments a day`);
  }
  if (!(await repo.openBooking(tx, p.accountId, rules.maxOpenPerAccount))) {
    throw conflict('OPEN_BOOKING_LIMIT', `每个账号最多同时持有 ${rules.maxOpenPerAccount} 个未就诊预约`, `An account can hold at most ${rules.maxOpenPerAccount} open bookings`);
  }
  await deps.records.addRelationship(tx, {
    patientId: p.patientId,
    doctorId: doctor.id,
    source: p.origin === 'direct' ? 'booking' : p.origin,
    validFrom: at,
    validUntil: new Date(found.slot.endsAt.getTime() + rules.careDaysAfterVisit * 86_400_000),
    createdBy: p.accountId,
  });
  if (!p.keep && !(await deps.schedule.capacity.take(tx, p.slotId))) throw slotFull();
  const booking = await repo.insertBooking(tx, {
    slotId: p.slotId,
    sessionId: found.session.id,
    doctorId: doctor.id,
    departmentId: doctor.departmentId,
    patientId: p.patientId,
    accountId: p.accountId,
    date: found.session.date,
    status: 'held',
    visitNo: p.keep?.visitNo ?? (await repo.nextVisitNo(tx, found.session.id)),
    feeFen: found.session.feeFen,
    holdExpiresAt: new Date(at.getTime() + p.holdMinutes * 60_000),
    createdAt: at,
    origin: p.origin,
  });
  if (!booking) throw conflict('DUPLICATE_BOOKING', '该就诊人当天已预约过这位医生', 'This patient already has a booking with this doctor that day');
  return { booking, slot: found.slot, session: found.session, doctor };
}

/** Undoes a booking's per-patient counters; the place itself is handled by the caller (returned or kept). */
export async function releaseCounters(tx: Tx, b: repo.BookingRow): Promise<void> {
  await repo.leaveDepartment(tx, b.patientId, b.date, b.departmentId);
  if (await repo.uncountOpen(tx, b.id)) await repo.closeBooking(tx, b.accountId);
}
