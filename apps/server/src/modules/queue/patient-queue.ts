import type { QueueStatus } from '@xinglin/contracts';
import type { Caller } from '../patients/service';
import { ownBooking } from './checkin';
import type { QueueDeps } from './deps';
import { aheadOf, predictedWaitMinutes } from './domain';
import * as repo from './repository';
import { doctorAverage } from './views';

/** The patient's live queue: polled every 15 s by the queue page, so it is a few indexed reads and no writes. */
export function createPatientQueue(deps: QueueDeps) {
  return {
    async status(caller: Caller, bookingId: string): Promise<QueueStatus> {
      return deps.db.transaction(async (tx) => {
        const row = await ownBooking(deps, tx, caller, bookingId, repo.bookingWithPlace);
        const { b } = row;
        const entries = await repo.sessionEntries(tx, b.sessionId);
        const aheadCount = aheadOf({ visitNo: b.visitNo, status: b.status }, entries);
        const average = await doctorAverage(tx, b.doctorId);
        return {
          bookingId: b.id,
          status: b.status as QueueStatus['status'],
          visitNo: b.visitNo,
          currentVisitNo: entries.find((e) => e.status === 'called')?.visitNo ?? null,
          aheadCount,
          predictedWaitMinutes: predictedWaitMinutes(aheadCount, average),
          averageConsultMinutes: average,
          checkedInAt: b.checkedInAt?.toISOString() ?? null,
          calledAt: b.calledAt?.toISOString() ?? null,
          doctorName: row.doctorName,
          departmentName: row.departmentName,
          location: row.location,
        };
      });
    },
  };
}
