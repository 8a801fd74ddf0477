import type { DoctorQueues, QueueActionResult } from '@xinglin/contracts';
import { conflict, notFound } from '../../errors';
import { isUuid } from '../../ids';
import type { StaffCaller } from '../records/clinical-side';
import { chinaDate } from '../schedule/domain';
import type { QueueDeps, Tx } from './deps';
import { notifyCalled, notifyNearlyUp } from './notify';
import * as repo from './repository';
import { doctorAverage, sessionQueue } from './views';

const SESSION = { zh: '出诊', en: 'Clinic session' };
const BOOKING = { zh: '预约', en: 'Booking' };

/**
 * 叫号: the doctor's side. A doctor acts only on their own sessions (anyone else's is 404). Every action on a
 * session takes the session's queue lock first, so two racing "call next" never call the same patient.
 */
export function createDoctorQueue(deps: QueueDeps) {
  const { db, now } = deps;

  async function doctorOf(tx: Tx, caller: StaffCaller): Promise<string> {
    const staff = await deps.auth.describeStaff(tx, caller.principal.subjectId);
    if (!staff?.doctorId) throw notFound(SESSION);
    return staff.doctorId;
  }

  async function ownSession(tx: Tx, caller: StaffCaller, sessionId: string) {
    const doctorId = await doctorOf(tx, caller);
    const row = isUuid(sessionId) ? await repo.findSession(tx, sessionId) : null;
    if (!row || row.s.doctorId !== doctorId) throw notFound(SESSION);
    await repo.lockSession(tx, row.s.id);
    return row;
  }

  const audit = (tx: Tx, caller: StaffCaller, patientId: string, bookingId: string, action: string) =>
    deps.audit.record(tx, {
      actor: { kind: 'staff', id: caller.principal.subjectId, role: 'doctor' },
      patientId,
      objectType: 'booking',
      objectId: bookingId,
      action,
      outcome: 'success',
      purpose: '诊疗',
      ip: caller.ip,
      requestId: caller.requestId,
    });

  /** Ends the consultation in progress, if any (calling the next patient means the previous one is done). */
  async function completeCurrent(tx: Tx, caller: StaffCaller, sessionId: string) {
    for (const current of await repo.calledInSession(tx, sessionId)) {
      const done = await repo.transition(tx, current.id, 'called', 'completed', { completedAt: now() });
      if (done) await audit(tx, caller, done.patientId, done.id, 'queue_complete');
    }
  }

  /** The queue after it moved; whoever is now two away (one waiting before them + the one being seen) is told. */
  async function queueAfterMove(tx: Tx, session: Awaited<ReturnType<typeof ownSession>>) {
    const queue = await sessionQueue(tx, session);
    const second = queue.entries.filter((e) => e.status === 'checked_in')[1];
    if (second) await notifyNearlyUp(deps, tx, second.bookingId);
    return queue;
  }

  /** A booking of one of the caller's sessions, with that session locked. */
  async function ownBooking(tx: Tx, caller: StaffCaller, bookingId: string) {
    const found = isUuid(bookingId) ? await repo.bookingWithPlace(tx, bookingId) : null;
    if (!found) throw notFound(BOOKING);
    const session = await ownSession(tx, caller, found.b.sessionId).catch(() => {
      throw notFound(BOOKING);
    });
    return { booking: found.b, session };
  }

  return {
    async today(caller: StaffCaller): Promise<DoctorQueues> {
      return db.transaction(async (tx) => {
        const doctorId = await doctorOf(tx, caller);
        const date = chinaDate(now());
        const items = [];
        for (const row of await repo.doctorSessionsOn(tx, doctorId, date)) items.push(await sessionQueue(tx, row));
        // The list shows (masked) names of the day's patients: one trace per look, not one per patient.
        await deps.audit.record(tx, { actor: { kind: 'staff', id: caller.principal.subjectId, role: 'doctor' }, patientId: null, objectType: 'doctor_queue', objectId: date, action: 'queue_view', outcome: 'success', purpose: '诊疗', ip: caller.ip, requestId: caller.requestId });
        return { date, averageConsultMinutes: await doctorAverage(tx, doctorId), items };
      });
    },

    async callNext(caller: StaffCaller, sessionId: string): Promise<QueueActionResult> {
      return db.transaction(async (tx) => {
        const session = await ownSession(tx, caller, sessionId);
        await completeCurrent(tx, caller, session.s.id);
        const next = await repo.firstWaiting(tx, session.s.id);
        const called = next ? await repo.transition(tx, next.id, 'checked_in', 'called', { calledAt: now() }) : null;
        if (called) {
          await audit(tx, caller, called.patientId, called.id, 'queue_call');
          await notifyCalled(deps, tx, called.id, 'call');
        }
        return { calledBookingId: called?.id ?? null, queue: await queueAfterMove(tx, session) };
      });
    },

    async done(caller: StaffCaller, bookingId: string): Promise<QueueActionResult> {
      return db.transaction(async (tx) => {
        const { booking, session } = await ownBooking(tx, caller, bookingId);
        const done = await repo.transition(tx, booking.id, 'called', 'completed', { completedAt: now() });
        if (!done) throw conflict('QUEUE_NOT_IN_CONSULTATION', '该患者不在就诊中（尚未叫号或已结束）', 'This patient is not being seen (not called yet, or already done)');
        await audit(tx, caller, done.patientId, done.id, 'queue_complete');
        return { calledBookingId: null, queue: await sessionQueue(tx, session) };
      });
    },

    /** 过号: a checked-in patient who did not answer the call. Audited; the no-show count is the booking context's. */
    async noShow(caller: StaffCaller, bookingId: string): Promise<QueueActionResult> {
      return db.transaction(async (tx) => {
        const { booking, session } = await ownBooking(tx, caller, bookingId);
        const marked = (await repo.transition(tx, booking.id, 'called', 'no_show', {})) ?? (await repo.transition(tx, booking.id, 'checked_in', 'no_show', {}));
        if (!marked) throw conflict('QUEUE_NOT_WAITING', '只能将已签到或已叫号的患者标记为过号', 'Only checked-in or called patients can be marked as no-show');
        await audit(tx, caller, marked.patientId, marked.id, 'queue_no_show');
        return { calledBookingId: null, queue: await queueAfterMove(tx, session) };
      });
    },

    /** 重呼: calls the patient being seen again (they did not come in yet). */
    async recall(caller: StaffCaller, sessionId: string): Promise<QueueActionResult> {
      return db.transaction(async (tx) => {
        const session = await ownSession(tx, caller, sessionId);
        const [current] = await repo.calledInSession(tx, session.s.id);
        if (!current) throw conflict('QUEUE_NOBODY_CALLED', '当前没有正在叫号的患者', 'Nobody is being called right now');
        await audit(tx, caller, current.patientId, current.id, 'queue_recall');
        await notifyCalled(deps, tx, current.id, `recall-${now().getTime()}`);
        return { calledBookingId: current.id, queue: await sessionQueue(tx, session) };
      });
    },
  };
}
