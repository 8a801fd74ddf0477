import type { WaitlistEntry, WaitlistJoin } from '@xinglin/contracts';
import type { Tx } from '../../db/client';
import { AppError, conflict, notFound } from '../../errors';
import { isUuid } from '../../ids';
import type { Caller } from '../patients/service';
import { chinaDate } from '../schedule/domain';
import { visitFacts } from './facts';
import { waitlistOfferMessage } from './messages';
import { placeBooking } from './place';
import * as repo from './waitlist-repository';
import type { BookingContext } from './context';

const ENTRY = { zh: '候补', en: 'Waitlist entry' };
/** How many people in line are tried for one freed place before giving it back to the pool. */
const TRIES_PER_PLACE = 5;

export function createWaitlist(ctx: BookingContext) {
  const { deps, rules, now } = ctx;

  /**
   * A place just came free in `slotId` (cancel, expiry, extra places): the first person in line who can still
   * take it gets a held booking, inside the same transaction, so a racing new booking cannot take it first.
   * Returns the new booking id, or null when nobody in line could take it (the place stays in the pool).
   */
  async function offerPlace(tx: Tx, slotId: string): Promise<string | null> {
    const found = await deps.schedule.capacity.find(tx, slotId);
    const at = now();
    if (!found || found.session.status !== 'open' || found.slot.startsAt <= at) return null;
    const doctor = await deps.catalog.describeDoctor(tx, found.session.doctorId);
    if (!doctor) return null;
    const line = await repo.nextInLine(tx, { sessionId: found.session.id, departmentId: doctor.departmentId, date: found.session.date }, TRIES_PER_PLACE);
    for (const entry of line) {
      try {
        // A savepoint: if this person cannot take the place (a limit, a duplicate), only their attempt is undone.
        const placed = await tx.transaction((sp) =>
          placeBooking(sp as Tx, deps, rules, { accountId: entry.accountId, patientId: entry.patientId, slotId, origin: 'waitlist', holdMinutes: rules.waitlistHoldMinutes }, at),
        );
        await repo.setEntryStatus(tx, entry.id, ['waiting'], 'offered', at, placed.booking.id);
        await deps.notifications.enqueue(tx, waitlistOfferMessage(await visitFacts(tx, placed.booking.id, entry.accountId), rules.waitlistHoldMinutes));
        await ctx.audit(tx, { accountId: entry.accountId }, entry.patientId, placed.booking.id, 'waitlist_offer');
        return placed.booking.id;
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        if (err.code === 'SLOT_FULL') return null;
      }
    }
    return null;
  }

  async function toView(tx: Tx, r: Awaited<ReturnType<typeof repo.entriesOfAccount>>[number]): Promise<WaitlistEntry> {
    const e = r.e;
    return {
      id: e.id,
      patientId: e.patientId,
      patientName: r.patientName,
      sessionId: e.sessionId,
      departmentId: e.departmentId,
      departmentName: r.departmentName,
      doctorName: r.doctorName,
      dates: e.dates,
      status: e.status as WaitlistEntry['status'],
      position: e.status === 'waiting' ? await repo.positionOf(tx, e) : null,
      bookingId: e.bookingId,
      createdAt: e.createdAt.toISOString(),
    };
  }

  return {
    offerPlace,

    async join(caller: Caller, input: WaitlistJoin): Promise<WaitlistEntry> {
      return deps.db.transaction(async (tx) => {
        const patient = await deps.patients.core.requireAccess(tx, caller, input.patientId, 'manage');
        if (patient.verificationLevel < 2) throw new AppError('PATIENT_NOT_VERIFIED', 422, '就诊人需完成实名认证后才能候补', 'The patient must complete real-name verification before joining a waitlist');
        await ctx.requireNotSuspended(tx, input.patientId);
        const today = chinaDate(now());
        let target: { sessionId: string | null; departmentId: string; dates: string[] };
        if (input.sessionId) {
          const session = await deps.schedule.sessionById(tx, input.sessionId);
          const doctor = session && (await deps.catalog.describeDoctor(tx, session.doctorId));
          if (!session || !doctor) throw notFound({ zh: '出诊', en: 'Session' });
          if (session.status !== 'open' || session.date < today) throw conflict('SESSION_CLOSED', '该出诊已停诊或已结束，不能候补', 'This session is cancelled or over; its waitlist is closed');
          target = { sessionId: session.id, departmentId: doctor.departmentId, dates: [session.date] };
        } else {
          const dates = [...new Set(input.dates!)].sort();
          if (dates[0]! < today) throw new AppError('DATE_IN_PAST', 422, '候补日期不能早于今天', 'Waitlist dates cannot be in the past');
          if (!(await deps.catalog.departmentExists(tx, input.departmentId!))) throw notFound({ zh: '科室', en: 'Department' });
          target = { sessionId: null, departmentId: input.departmentId!, dates };
        }
        const entry = await repo.insertEntry(tx, { ...target, patientId: input.patientId, accountId: caller.accountId, createdAt: now() });
        if (!entry) throw conflict('ALREADY_WAITING', '该就诊人已在此候补队列中', 'This patient is already on this waitlist');
        await ctx.audit(tx, caller, input.patientId, entry.id, 'waitlist_join');
        const [row] = (await repo.entriesOfAccount(tx, caller.accountId)).filter((r) => r.e.id === entry.id);
        return toView(tx, row!);
      });
    },

    async leave(caller: Caller, entryId: string): Promise<void> {
      await deps.db.transaction(async (tx) => {
        const e = isUuid(entryId) ? await repo.findEntry(tx, entryId) : null;
        if (!e || e.accountId !== caller.accountId) throw notFound(ENTRY);
        if (!(await repo.setEntryStatus(tx, e.id, ['waiting'], 'left', now()))) throw conflict('WAITLIST_NOT_WAITING', '该候补已结束', 'This waitlist entry is no longer waiting');
        await ctx.audit(tx, caller, e.patientId, e.id, 'waitlist_leave');
      });
    },

    async mine(caller: Caller): Promise<WaitlistEntry[]> {
      return deps.db.transaction(async (tx) => {
        const rows = await repo.entriesOfAccount(tx, caller.accountId);
        const out: WaitlistEntry[] = [];
        for (const r of rows) out.push(await toView(tx, r));
        return out;
      });
    },
  };
}
