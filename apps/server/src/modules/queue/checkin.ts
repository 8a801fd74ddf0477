import type { Booking, CheckInRequest } from '@xinglin/contracts';
import { AppError, conflict, notFound } from '../../errors';
import { isUuid } from '../../ids';
import { bookingView } from '../booking/views';
import type { Caller } from '../patients/service';
import type { QueueDeps, Tx } from './deps';
import { checkInWindowProblem, chinaClock, haversineMetres } from './domain';
import { verifyCheckInToken } from './qr-token';
import * as repo from './repository';

const BOOKING = { zh: '预约', en: 'Booking' };
const ALREADY_IN = ['checked_in', 'called', 'completed'];

const unprocessable = (code: string, zh: string, en: string, details?: unknown) => new AppError(code, 422, zh, en, details);

/** A booking of the caller's account whose patient they still manage; anything else is 404. */
export async function ownBooking<T extends { b: { accountId: string; patientId: string } }>(deps: QueueDeps, tx: Tx, caller: Caller, bookingId: string, find: (tx: Tx, id: string) => Promise<T | null>): Promise<T> {
  const row = isUuid(bookingId) ? await find(tx, bookingId) : null;
  if (!row || row.b.accountId !== caller.accountId) throw notFound(BOOKING);
  await deps.patients.core.requireAccess(tx, caller, row.b.patientId, 'manage');
  return row;
}

/** 签到: at the department's QR code or within its radius, from 30 minutes before the slot until its end. */
export function createCheckIn(deps: QueueDeps) {
  const { db, now } = deps;

  async function proveArrival(tx: Tx, departmentId: string, req: CheckInRequest): Promise<void> {
    const point = await repo.checkInPoint(tx, departmentId);
    if (!point) throw unprocessable('CHECK_IN_UNAVAILABLE', '该科室暂未开通自助签到，请到分诊台签到', 'Self check-in is not available for this department; please check in at the triage desk');
    if (req.method === 'qr') {
      const token = verifyCheckInToken(deps.authSecret, req.token);
      const invalid = () => unprocessable('CHECK_IN_CODE_INVALID', '签到码无效或已更换，请扫描科室现场张贴的签到码', 'This check-in code is invalid or out of date; scan the code posted at the department');
      if (!token) throw invalid();
      if (token.departmentId !== departmentId) {
        throw unprocessable('CHECK_IN_CODE_OTHER_DEPARTMENT', '这是其他科室的签到码，请到您预约的科室扫码签到', 'This code belongs to another department; scan the code at the department you booked');
      }
      // A genuine code from before the poster was replaced.
      if (token.version !== point.keyVersion) throw invalid();
      return;
    }
    const metres = Math.round(haversineMetres(req, point));
    if (metres > point.radiusMetres) {
      throw unprocessable('CHECK_IN_TOO_FAR', `您距离签到点约 ${metres} 米，需在 ${point.radiusMetres} 米内才能签到`, `You are about ${metres} m from the check-in point; come within ${point.radiusMetres} m to check in`, { metres, radiusMetres: point.radiusMetres });
    }
  }

  return {
    async checkIn(caller: Caller, bookingId: string, req: CheckInRequest): Promise<Booking> {
      return db.transaction(async (tx) => {
        const { b, startsAt, endsAt } = await ownBooking(deps, tx, caller, bookingId, repo.bookingForCheckIn);
        // Checking in twice (a double tap, a retry after a lost answer) is not an error: same answer, no change.
        if (ALREADY_IN.includes(b.status)) return (await bookingView(tx, b.id))!;
        if (b.status === 'held') throw conflict('PAYMENT_REQUIRED', '该预约尚未支付，请先完成支付再签到', 'This booking is not paid yet; please pay before checking in');
        if (b.status !== 'confirmed') throw conflict('BOOKING_NOT_ACTIVE', '该预约已取消或已结束，无法签到', 'This booking is cancelled or over and cannot be checked in');
        const t = now();
        const problem = checkInWindowProblem({ startsAt, endsAt }, t);
        if (problem?.kind === 'too_early') {
          const at = chinaClock(problem.opensAt);
          throw conflict('CHECK_IN_TOO_EARLY', `还未到签到时间，请于 ${at} 之后签到`, `Too early to check in; check-in opens at ${at} (China time)`, { opensAt: problem.opensAt.toISOString() });
        }
        if (problem?.kind === 'too_late') {
          const at = chinaClock(problem.closedAt);
          throw conflict('CHECK_IN_TOO_LATE', `签到时间已过（截至 ${at}），请联系分诊台`, `Check-in closed at ${at} (China time); please ask at the triage desk`, { closedAt: problem.closedAt.toISOString() });
        }
        await proveArrival(tx, b.departmentId, req);
        const moved = await repo.transition(tx, b.id, 'confirmed', 'checked_in', { checkedInAt: t });
        if (!moved) {
          // A racing check-in of the same booking won: answer with its result, like a replay.
          const again = await repo.bookingForCheckIn(tx, b.id);
          if (!again || !ALREADY_IN.includes(again.b.status)) throw conflict('BOOKING_NOT_ACTIVE', '该预约状态已变化，请刷新后重试', 'This booking changed; refresh and try again');
          return (await bookingView(tx, b.id))!;
        }
        await deps.audit.record(tx, {
          actor: { kind: 'patient', id: caller.accountId, role: 'patient' },
          patientId: b.patientId,
          objectType: 'booking',
          objectId: b.id,
          action: `check_in_${req.method}`,
          outcome: 'success',
          ip: caller.ip,
          requestId: caller.requestId,
        });
        return (await bookingView(tx, b.id))!;
      });
    },
  };
}
