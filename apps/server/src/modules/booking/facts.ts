import type { Booking } from '@xinglin/contracts';
import type { Tx } from '../../db/client';
import type { VisitFacts } from './messages';
import { bookingView } from './views';

/** The message facts of a booking, read in the caller's transaction. */
export async function visitFacts(tx: Tx, bookingId: string, accountId: string): Promise<VisitFacts> {
  return factsOfView((await bookingView(tx, bookingId))!, accountId);
}

export function factsOfView(v: Booking, accountId: string): VisitFacts {
  return { accountId, patientId: v.patientId, bookingId: v.id, patientName: v.patientName, doctorName: v.doctorName, departmentName: v.departmentName, location: v.location, notes: v.notes, startsAt: new Date(v.startsAt) };
}
