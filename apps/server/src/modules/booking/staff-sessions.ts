import type { Tx } from '../../db/client';
import { AppError, conflict, notFound } from '../../errors';
import type { Period } from '../schedule/domain';
import { chinaDate } from '../schedule/domain';
import { visitFacts } from './facts';
import { remindersPrefix, stoppedMessage } from './messages';
import type { StaffCaller } from './no-shows';
import { refundForBooking } from './payment-hooks';
import { releaseCounters } from './place';
import * as repo from './repository';
import type { BookingContext } from './context';
import * as waitlistRepo from './waitlist-repository';

/** Staff changes to clinics that touch booked patients: leave (停诊), extra places (加号), extra clinics (加诊). */
export function createStaffSessions(ctx: BookingContext, offerPlace: (tx: Tx, slotId: string) => Promise<string | null>) {
  const { deps, now } = ctx;
  const { db } = deps;
  const auditStaff = (tx: Tx, staff: StaffCaller, objectType: string, objectId: string, action: string, patientId?: string) =>
    deps.audit.record(tx, { actor: { kind: 'staff', id: staff.staffId, role: 'admin' }, patientId, objectType, objectId, action, outcome: 'success', ip: staff.ip, requestId: staff.requestId });

  /** Offers freshly added places to the waitlist, one by one, until the line or the places run out. */
  async function offerAll(tx: Tx, slotIds: { id: string; capacity: number; booked: number }[]) {
    let offered = 0;
    for (const slot of slotIds) {
      for (let i = slot.booked; i < slot.capacity; i++) {
        if (!(await offerPlace(tx, slot.id))) break;
        offered++;
      }
    }
    return offered;
  }

  return {
    /** Every booked patient is told and their booking ends as `stopped`; paid ones are refunded by payments. */
    async stop(staff: StaffCaller, sessionId: string, reason: string) {
      return db.transaction(async (tx) => {
        const session = await deps.schedule.sessionById(tx, sessionId);
        if (!session) throw notFound({ zh: '出诊', en: 'Session' });
        if (!(await deps.schedule.stop(tx, session.id))) throw conflict('SESSION_ALREADY_STOPPED', '该出诊已停诊', 'This session is already cancelled');
        const affected = await repo.activeOfSession(tx, session.id);
        for (const b of affected) {
          const ended = await repo.endBooking(tx, b.id, [b.status], 'stopped', now());
          if (!ended) continue;
          await refundForBooking(tx, b.id, `停诊：${reason}`, now());
          await releaseCounters(tx, ended);
          await deps.notifications.cancel(tx, remindersPrefix(b.id));
          await deps.notifications.enqueue(tx, stoppedMessage(await visitFacts(tx, b.id, b.accountId), reason, b.status !== 'held'));
          await auditStaff(tx, staff, 'booking', b.id, 'session_stopped', b.patientId);
        }
        const waiting = await waitlistRepo.waitingForSession(tx, session.id);
        for (const w of waiting) await waitlistRepo.setEntryStatus(tx, w.id, ['waiting'], 'expired', now());
        await auditStaff(tx, staff, 'clinic_session', session.id, 'stop');
        return { bookingsStopped: affected.length, waitlistClosed: waiting.length };
      });
    },

    async addPlaces(staff: StaffCaller, slotId: string, places: number) {
      return db.transaction(async (tx) => {
        const slot = await deps.schedule.addPlaces(tx, slotId, places);
        if (!slot) throw notFound({ zh: '号源', en: 'Slot' });
        const offered = await offerAll(tx, [slot]);
        await auditStaff(tx, staff, 'slot', slot.id, 'add_places');
        return { capacity: slot.capacity, offeredToWaitlist: offered };
      });
    },

    async addExtraSession(staff: StaffCaller, s: { doctorId: string; date: string; period: Period; placesPerSlot: number }) {
      return db.transaction(async (tx) => {
        if (!(await deps.catalog.describeDoctor(tx, s.doctorId))) throw notFound({ zh: '医生', en: 'Doctor' });
        if (s.date < chinaDate(now())) throw new AppError('DATE_IN_PAST', 422, '加诊日期不能早于今天', 'An extra clinic cannot be in the past');
        const created = await deps.schedule.addExtraSession(tx, s);
        if (!created) throw conflict('SESSION_EXISTS', '该医生此时段已有出诊，可直接加号', 'The doctor already has this clinic; add places to it instead');
        const offered = await offerAll(tx, created.slots);
        await auditStaff(tx, staff, 'clinic_session', created.session.id, 'add_extra_session');
        return { sessionId: created.session.id, slots: created.slots.length, offeredToWaitlist: offered };
      });
    },
  };
}
