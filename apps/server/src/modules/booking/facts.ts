import type { Tx } from '../../db/client';
import type { VisitFacts } from './messages';
import { bookingView } from './views';

/** The message facts of a booking, read in the caller's transaction. */
export async function visitFacts(tx: Tx, bookingId: string, accountId: string): Promise<VisitFacts> {
  const v = (await bookingView(tx, bookingId))!;
  return { accountId, patientId: v.patientId, bookingId, patientName: v.patientName, doctorName: v.doctorName, departmentName: v.departmentName, location: v.location, notes: v.notes, startsAt: new Date(v.startsAt) };
}
