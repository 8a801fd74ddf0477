import { AppError, conflict, notFound } from '../../errors';
import { isUuid } from '../../ids';
import type { Tx } from '../../db/client';
import type { Caller } from '../patients/service';
import { bookingContext, type BookingDeps } from './context';
import { canCancel, slotProblem } from './domain';
import { factsOfView, visitFacts } from './facts';
import { bookedMessage, cancelledMessage, reminderMessages, remindersPrefix } from './messages';
import { closeOrderForExpiredBooking, refundForBooking } from './payment-hooks';
import { placeBooking, releaseCounters, slotFull } from './place';
import * as repo from './repository';
import { slotGate } from './slot-gate';
import { soldOutMemory } from './sold-out';
import { chinaDate } from '../schedule/domain';
import { expirePendingTransfers } from './transfer-repository';
import { expireStale } from './waitlist-repository';
import { bookingView, bookingViewsOfAccount } from './views';
import { createNoShows } from './no-shows';
import { createStaffSessions } from './staff-sessions';
import { createTransfers } from './transfer';
import { createWaitlist } from './waitlist';

const BOOKING = { zh: '预约', en: 'Booking' };
const slotMessages = {
  stopped: ['该出诊已停诊', 'This clinic has been cancelled'],
  not_released: ['该号源尚未开放预约', 'This clinic is not open for booking yet'],
  past: ['该时段已过，请选择其他时段', 'This time has passed; choose another'],
  same_day_closed: ['该科室不开放当日挂号', 'This department does not take same-day bookings'],
} as const;

export type { BookingContext, BookingDeps } from './context';

export type BookingService = ReturnType<typeof createBookingService>;

/**
 * 挂号: every limit is a conditional update or a unique index in the booking's one transaction, so a refused
 * step rolls back every earlier one: places and counters are never lost or doubled.
 */
export function createBookingService(deps: BookingDeps) {
  const ctx = bookingContext(deps);
  const { db, now } = deps;
  const { rules } = ctx;
  const waitlist = createWaitlist(ctx);
  const noShows = createNoShows(ctx);
  const soldOut = soldOutMemory();
  const throughGate = slotGate();

  /** Gives a booking's place back: to the first person on the waitlist if anyone can take it, else to the pool. */
  async function freePlace(tx: Tx, b: repo.BookingRow) {
    await releaseCounters(tx, b);
    await deps.schedule.capacity.give(tx, b.slotId);
    soldOut.forget(b.slotId);
    await deps.notifications.cancel(tx, remindersPrefix(b.id));
    await waitlist.offerPlace(tx, b.slotId);
  }

  async function bookInTx(tx: Tx, caller: Caller, patientId: string, slotId: string) {
    // A sold-out slot is public knowledge: answer it from a plain read, before anything else, so the
    // release-time rush does not queue on the slot's row once it is full.
    const found = await deps.schedule.capacity.find(tx, slotId);
    if (found?.session.status === 'stopped') throw conflict('SLOT_STOPPED', slotMessages.stopped[0], slotMessages.stopped[1]);
    if (found && found.slot.booked >= found.slot.capacity) throw slotFull();
    const patient = await deps.patients.core.requireAccess(tx, caller, patientId, 'manage');
    if (patient.verificationLevel < 2) {
      throw new AppError('PATIENT_NOT_VERIFIED', 422, '就诊人需完成实名认证后才能挂号', 'The patient must complete real-name verification before booking');
    }
    if (!found) throw notFound({ zh: '号源', en: 'Slot' });
    const t = now();
    const sameDay = await deps.schedule.sameDayAllowed(tx, found.session.doctorId);
    const problem = slotProblem(found.session, found.slot, t, sameDay);
    if (problem) throw conflict(`SLOT_${problem.toUpperCase()}`, slotMessages[problem][0], slotMessages[problem][1]);
    await ctx.requireNotSuspended(tx, patientId);
    const { booking } = await placeBooking(tx, deps, rules, { accountId: caller.accountId, patientId, slotId, origin: 'direct', holdMinutes: rules.holdMinutes }, t, found);
    // One read of the new booking serves the messages and the answer (nothing below changes it).
    const view = (await bookingView(tx, booking.id))!;
    const facts = factsOfView(view, caller.accountId);
    await deps.notifications.enqueue(tx, bookedMessage(facts, rules.holdMinutes));
    for (const m of reminderMessages(facts, t)) await deps.notifications.enqueue(tx, m);
    await ctx.audit(tx, caller, patientId, booking.id, 'book');
    return view;
  }

  return {
    waitlist,
    transfers: createTransfers(ctx, { accountIdByPhone: deps.accountIdByPhone }),
    noShows,
    // Added places (加号) reach offerPlace too: the slot is no longer known to be full here.
    staff: createStaffSessions(ctx, (tx, slotId) => {
      soldOut.forget(slotId);
      return waitlist.offerPlace(tx, slotId);
    }),

    async book(caller: Caller, patientId: string, slotId: string) {
      // Seen full in the last second (sold-out.ts): the same answer, without a round trip.
      if (soldOut.isFull(slotId)) throw slotFull();
      return throughGate(slotId, async () => {
        if (soldOut.isFull(slotId)) throw slotFull(); // filled while this one waited at the gate
        try {
          return await db.transaction((tx) => bookInTx(tx, caller, patientId, slotId));
        } catch (e) {
          if (e instanceof AppError && e.code === 'SLOT_FULL') soldOut.markFull(slotId);
          throw e;
        }
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
        // A paid fee goes back to its channel; an unpaid order closes (payments context, same transaction).
        await refundForBooking(tx, b.id, '退号', now());
        await deps.notifications.enqueue(tx, cancelledMessage(await visitFacts(tx, b.id, b.accountId), 'cancelled'));
        await freePlace(tx, ended);
        await ctx.audit(tx, caller, b.patientId, b.id, 'cancel');
        return (await bookingView(tx, b.id))!;
      });
    },

    /** Gives back the places of unpaid holds past their time. Run by a background job, never a request. */
    async expireHolds(batch = 100): Promise<number> {
      let expired = 0;
      for (;;) {
        const n = await db.transaction(async (tx) => {
          const due = await repo.expiredHolds(tx, now(), batch);
          let done = 0;
          for (const { id } of due) {
            const ended = await repo.endBooking(tx, id, ['held'], 'expired', now());
            if (!ended) continue;
            await closeOrderForExpiredBooking(tx, id, now());
            await deps.notifications.enqueue(tx, cancelledMessage(await visitFacts(tx, id, ended.accountId), 'expired'));
            await freePlace(tx, ended);
            done++;
          }
          return due.length === 0 ? -1 : done;
        });
        if (n < 0) return expired;
        expired += n;
      }
    },

    /** The periodic job: no-shows, open counts, lapsed transfer offers and waitlists whose days have passed. */
    async sweep() {
      const marked = await noShows.sweep();
      const lapsed = await db.transaction(async (tx) => ({
        transfers: (await expirePendingTransfers(tx, now())).length,
        waitlist: (await expireStale(tx, chinaDate(now()), now())).length,
      }));
      return { ...marked, ...lapsed };
    },

    mine: (caller: Caller) => db.transaction((tx) => bookingViewsOfAccount(tx, caller.accountId)),

    /** A booking of the caller's account; anyone else's is 404. */
    async get(caller: Caller, bookingId: string) {
      return db.transaction(async (tx) => {
        const b = isUuid(bookingId) ? await repo.findBooking(tx, bookingId) : null;
        if (!b || b.accountId !== caller.accountId) throw notFound(BOOKING);
        return (await bookingView(tx, bookingId))!;
      });
    },
  };
}
