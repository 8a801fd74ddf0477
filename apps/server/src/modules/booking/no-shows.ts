import type { NoShowSummary } from '@xinglin/contracts';
import type { Tx } from '../../db/client';
import { conflict, notFound } from '../../errors';
import { isUuid } from '../../ids';
import type { Caller } from '../patients/service';
import { addDays, chinaDate } from '../schedule/domain';
import * as repo from './repository';
import * as noShows from './no-show-repository';
import type { BookingContext } from './context';

export interface StaffCaller {
  staffId: string;
  ip?: string;
  requestId?: string;
}

/** 爽约: marking, the suspension rule, the patient's view and appeals reviewed by staff. */
export function createNoShows(ctx: BookingContext) {
  const { deps, rules, now } = ctx;
  const { db } = deps;
  const since = () => addDays(chinaDate(now()), -rules.noShowWindowDays);

  /** Suspends a patient with too many unexcused no-shows, or lifts a suspension that is no longer deserved. */
  async function reconsider(tx: Tx, patientId: string) {
    const counted = (await noShows.noShowsOf(tx, patientId, since())).filter(noShows.countsAgainst).length;
    if (counted >= rules.noShowThreshold) {
      const existing = await noShows.suspensionOf(tx, patientId);
      if (!existing || existing.until <= now()) {
        await noShows.suspend(tx, patientId, new Date(now().getTime() + rules.suspensionDays * 86_400_000), `${counted} no-shows in ${rules.noShowWindowDays} days`, now());
      }
    } else {
      await noShows.liftSuspension(tx, patientId);
    }
  }

  return {
    /** The job: no-shows after the slot, then every closed booking leaves its account's open count. */
    async sweep(batch = 200): Promise<{ noShows: number; closed: number }> {
      return db.transaction(async (tx) => {
        const marked = await noShows.markNoShows(tx, now(), batch);
        for (const patientId of new Set(marked.map((b) => b.patientId))) await reconsider(tx, patientId);
        for (const b of marked) await ctx.audit(tx, { accountId: b.accountId }, b.patientId, b.id, 'no_show');
        let closed = 0;
        for (const b of await noShows.uncountedClosed(tx, batch)) {
          if (await repo.uncountOpen(tx, b.id)) {
            await repo.closeBooking(tx, b.accountId);
            closed++;
          }
        }
        return { noShows: marked.length, closed };
      });
    },

    async summary(caller: Caller, patientId: string): Promise<NoShowSummary> {
      return db.transaction(async (tx) => {
        await deps.patients.core.requireAccess(tx, caller, patientId, 'manage');
        const rows = await noShows.noShowsOf(tx, patientId, since());
        const suspension = await noShows.suspensionOf(tx, patientId);
        return {
          patientId,
          count: rows.filter(noShows.countsAgainst).length,
          windowDays: rules.noShowWindowDays,
          threshold: rules.noShowThreshold,
          bannedUntil: suspension && suspension.until > now() ? suspension.until.toISOString() : null,
          items: rows.map((r) => ({
            bookingId: r.bookingId,
            date: r.date,
            doctorName: r.doctorName,
            appeal: r.appeal && { id: r.appeal.id, status: r.appeal.status as 'pending', reason: r.appeal.reason, reviewNote: r.appeal.reviewNote },
          })),
        };
      });
    },

    async appeal(caller: Caller, bookingId: string, reason: string) {
      return db.transaction(async (tx) => {
        const b = isUuid(bookingId) ? await repo.findBooking(tx, bookingId) : null;
        if (!b || b.accountId !== caller.accountId) throw notFound({ zh: '预约', en: 'Booking' });
        if (b.status !== 'no_show') throw conflict('NOT_A_NO_SHOW', '只有被记为爽约的预约可以申诉', 'Only a booking marked as a no-show can be appealed');
        const appeal = await noShows.insertAppeal(tx, { bookingId: b.id, patientId: b.patientId, accountId: b.accountId, reason, createdAt: now() });
        if (!appeal) throw conflict('ALREADY_APPEALED', '该爽约记录已提交过申诉', 'This no-show has already been appealed');
        await ctx.audit(tx, caller, b.patientId, appeal.id, 'no_show_appeal');
        return appeal;
      });
    },

    listAppeals: (status?: string) => db.transaction((tx) => noShows.listAppeals(tx, status)),

    /** Staff review: an approved appeal no longer counts, and may lift the suspension at once. */
    async decide(staff: StaffCaller, appealId: string, approve: boolean, note?: string) {
      return db.transaction(async (tx) => {
        const decided = isUuid(appealId) ? await noShows.decideAppeal(tx, appealId, approve ? 'approved' : 'rejected', staff.staffId, note ?? null, now()) : null;
        if (!decided) throw notFound({ zh: '待审核的申诉', en: 'Pending appeal' });
        await reconsider(tx, decided.patientId);
        await deps.audit.record(tx, { actor: { kind: 'staff', id: staff.staffId, role: 'admin' }, patientId: decided.patientId, objectType: 'no_show_appeal', objectId: decided.id, action: approve ? 'approve' : 'reject', outcome: 'success', ip: staff.ip, requestId: staff.requestId });
        return decided;
      });
    },
  };
}

