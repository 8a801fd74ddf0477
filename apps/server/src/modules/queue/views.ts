import type { QueueEntry, SessionQueue } from '@xinglin/contracts';
import { maskName } from '@xinglin/field-crypto';
import type { Tx } from './deps';
import { averageConsultMinutes, SAMPLE_SIZE } from './domain';
import * as repo from './repository';

type SessionRow = NonNullable<Awaited<ReturnType<typeof repo.findSession>>>;

export function toEntry(e: repo.SessionEntry): QueueEntry {
  return {
    bookingId: e.id,
    visitNo: e.visitNo,
    // The workbench is on a screen patients can see: names are masked, the visit number identifies.
    patientName: maskName(e.patientName),
    status: e.status as QueueEntry['status'],
    startsAt: e.startsAt.toISOString(),
    checkedInAt: e.checkedInAt?.toISOString() ?? null,
    calledAt: e.calledAt?.toISOString() ?? null,
    completedAt: e.completedAt?.toISOString() ?? null,
  };
}

export async function sessionQueue(tx: Tx, row: SessionRow): Promise<SessionQueue> {
  const entries = await repo.sessionEntries(tx, row.s.id);
  return {
    sessionId: row.s.id,
    date: row.s.date,
    period: row.s.period,
    departmentName: row.departmentName,
    currentVisitNo: entries.find((e) => e.status === 'called')?.visitNo ?? null,
    waitingCount: entries.filter((e) => e.status === 'checked_in').length,
    entries: entries.map(toEntry),
  };
}

export async function doctorAverage(tx: Tx, doctorId: string): Promise<number> {
  return averageConsultMinutes(await repo.recentConsultMinutes(tx, doctorId, SAMPLE_SIZE));
}
