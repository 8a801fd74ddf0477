import type { Transfer } from '@xinglin/contracts';
import type { Tx } from '../../db/client';
import { AppError, conflict, notFound } from '../../errors';
import { isUuid } from '../../ids';
import type { Caller } from '../patients/service';
import { chinaDate } from '../schedule/domain';
import { visitFacts } from './facts';
import { bookedMessage, reminderMessages, remindersPrefix, transferOfferMessage } from './messages';
import { refundForBooking } from './payment-hooks';
import { placeBooking, releaseCounters } from './place';
import * as repo from './repository';
import type { BookingContext } from './context';
import * as transfers from './transfer-repository';

const TRANSFER = { zh: '转让', en: 'Transfer' };
const monthOf = (at: Date) => chinaDate(at).slice(0, 7);

export interface TransferDeps {
  /** The account registered with this phone, if any (auth context). */
  accountIdByPhone(tx: Tx, phone: string): Promise<string | null>;
}

/** 号源转让: the holder names a verified person by name and phone; that person accepts within the offer's time. */
export function createTransfers(ctx: BookingContext, accounts: TransferDeps) {
  const { deps, rules, now } = ctx;
  const { db } = deps;

  return {
    async offer(caller: Caller, bookingId: string, input: { recipientName: string; recipientPhone: string }) {
      return db.transaction(async (tx) => {
        const b = isUuid(bookingId) ? await repo.findBooking(tx, bookingId) : null;
        if (!b || b.accountId !== caller.accountId) throw notFound({ zh: '预约', en: 'Booking' });
        if (b.status !== 'held' && b.status !== 'confirmed') throw conflict('BOOKING_NOT_ACTIVE', '只有待就诊的预约可以转让', 'Only an upcoming booking can be transferred');
        const facts = await visitFacts(tx, b.id, b.accountId);
        const t = now();
        if (facts.startsAt.getTime() - t.getTime() < rules.cancelCutoffMinutes * 60_000) {
          throw conflict('TRANSFER_TOO_LATE', '临近就诊时间，不能再转让', 'Too close to the visit to transfer');
        }
        if ((await transfers.quotaUsed(tx, caller.accountId, monthOf(t))) >= rules.transfersPerMonth) {
          throw conflict('TRANSFER_LIMIT', `每个账号每月最多转让 ${rules.transfersPerMonth} 次`, `An account can transfer at most ${rules.transfersPerMonth} bookings a month`);
        }
        const toAccountId = await accounts.accountIdByPhone(tx, input.recipientPhone);
        const person = toAccountId && (await deps.patients.core.selfPatientOf(tx, toAccountId));
        // One answer for "no such user" and "name does not match", so the form cannot be used to probe phones.
        if (!person || person.name !== input.recipientName || person.id === b.patientId) {
          throw new AppError('RECIPIENT_NOT_FOUND', 422, '未找到与该姓名和手机号匹配的实名用户', 'No verified user matches this name and phone number');
        }
        if (person.verificationLevel < 2) throw new AppError('RECIPIENT_NOT_VERIFIED', 422, '受让人需完成实名认证（L2）', 'The recipient must complete real-name verification (L2)');
        const expiresAt = new Date(Math.min(t.getTime() + rules.transferAcceptMinutes * 60_000, facts.startsAt.getTime()));
        const offer = await transfers.insertTransfer(tx, { bookingId: b.id, fromAccountId: caller.accountId, toAccountId: toAccountId!, toPatientId: person.id, recipientName: person.name, expiresAt, createdAt: t });
        if (!offer) throw conflict('TRANSFER_PENDING', '该预约已有待接受的转让', 'This booking already has a pending transfer');
        await deps.notifications.enqueue(tx, transferOfferMessage({ ...facts, accountId: toAccountId!, patientId: person.id, fromName: facts.patientName }, expiresAt));
        await ctx.audit(tx, caller, b.patientId, offer.id, 'transfer_offer');
        return offer;
      });
    },

    /** The recipient takes the place: the giver's booking ends as `transferred`, the visit number is kept. */
    async accept(caller: Caller, transferId: string) {
      return db.transaction(async (tx) => {
        const offer = isUuid(transferId) ? await transfers.findTransfer(tx, transferId) : null;
        if (!offer || offer.toAccountId !== caller.accountId) throw notFound(TRANSFER);
        const t = now();
        if (offer.status !== 'pending' || offer.expiresAt <= t) throw conflict('TRANSFER_NOT_PENDING', '该转让已失效', 'This transfer is no longer open');
        const old = await repo.endBooking(tx, offer.bookingId, ['held', 'confirmed'], 'transferred', t);
        if (!old) throw conflict('BOOKING_NOT_ACTIVE', '该预约已取消或已结束', 'This booking is already cancelled or over');
        if (!(await transfers.useTransferQuota(tx, offer.fromAccountId, monthOf(t), rules.transfersPerMonth))) {
          throw conflict('TRANSFER_LIMIT', `转让方本月转让次数已达 ${rules.transfersPerMonth} 次`, `The giver has reached ${rules.transfersPerMonth} transfers this month`);
        }
        await releaseCounters(tx, old);
        await deps.notifications.cancel(tx, remindersPrefix(old.id));
        // The recipient pays for their own visit; the giver's payment, if any, goes back to its channel.
        await refundForBooking(tx, old.id, '号源转让', t);
        const placed = await placeBooking(tx, deps, rules, { accountId: caller.accountId, patientId: offer.toPatientId, slotId: old.slotId, origin: 'transfer', holdMinutes: rules.holdMinutes, keep: { visitNo: old.visitNo } }, t);
        await transfers.decideTransfer(tx, offer.id, 'accepted', t, placed.booking.id);
        const facts = await visitFacts(tx, placed.booking.id, caller.accountId);
        await deps.notifications.enqueue(tx, bookedMessage(facts, rules.holdMinutes));
        for (const m of reminderMessages(facts, t)) await deps.notifications.enqueue(tx, m);
        await ctx.audit(tx, caller, offer.toPatientId, placed.booking.id, 'transfer_accept');
        await ctx.audit(tx, { accountId: offer.fromAccountId }, old.patientId, old.id, 'transferred');
        return placed.booking.id;
      });
    },

    async decline(caller: Caller, transferId: string, as: 'recipient' | 'giver') {
      await db.transaction(async (tx) => {
        const offer = isUuid(transferId) ? await transfers.findTransfer(tx, transferId) : null;
        const mine = offer && (as === 'recipient' ? offer.toAccountId : offer.fromAccountId) === caller.accountId;
        if (!offer || !mine) throw notFound(TRANSFER);
        if (!(await transfers.decideTransfer(tx, offer.id, as === 'recipient' ? 'declined' : 'cancelled', now()))) {
          throw conflict('TRANSFER_NOT_PENDING', '该转让已失效', 'This transfer is no longer open');
        }
        await ctx.audit(tx, caller, offer.toPatientId, offer.id, as === 'recipient' ? 'transfer_decline' : 'transfer_cancel');
      });
    },

    async list(caller: Caller): Promise<{ items: Transfer[]; usedThisMonth: number; monthlyLimit: number }> {
      return db.transaction(async (tx) => {
        const t = now();
        const rows = await transfers.transfersOfAccount(tx, caller.accountId);
        const items = rows.map(({ t: r, doctorName, departmentName, startsAt }) => ({
          id: r.id,
          bookingId: r.bookingId,
          direction: r.fromAccountId === caller.accountId ? ('outgoing' as const) : ('incoming' as const),
          status: (r.status === 'pending' && r.expiresAt <= t ? 'expired' : r.status) as Transfer['status'],
          recipientName: r.recipientName,
          doctorName,
          departmentName,
          startsAt: startsAt.toISOString(),
          expiresAt: r.expiresAt.toISOString(),
          createdAt: r.createdAt.toISOString(),
        }));
        return { items, usedThisMonth: await transfers.quotaUsed(tx, caller.accountId, monthOf(t)), monthlyLimit: rules.transfersPerMonth };
      });
    },
  };
}
