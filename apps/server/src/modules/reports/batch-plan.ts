import type { InboundReport } from '@xinglin/hl7';
import type { Executor } from '../../db/client';
import type { Protection } from '../../security/protection';
import { readBatch, type BatchReads } from './batch-read';
import type { NewBatch, NewReport } from './batch-write';
import { newReportRow, observationRows, orderKey, payloadContext, type OrderWrite, type PendingObservations } from './ingest-write';
import { identifierKeys, matchPatient, type MatchOutcome } from './matching';
import * as repo from './repository';

/** One message of a batch on its way to the database. */
export type Write = OrderWrite & { logId: string; unmatchedId: string | null; match: MatchOutcome; rows?: NewReport[] };

export interface BatchPlan {
  reads: BatchReads;
  /** One per message, in order. */
  writes: Write[];
  /** The messages whose orders are all new (not stored, once in the batch): their rows are in `write`. */
  fresh: Write[];
  /** The fresh messages nobody could be matched to: they go into the console queue. */
  queued: Write[];
  /** Every message fresh and its control id new (not stored, once in the batch): nothing to decide after the write. */
  allFresh: boolean;
  /** Claims of every message; queue entries, reports and lines of the fresh ones. */
  write: NewBatch;
  keyOf(w: Write, orderIndex: number): string;
  /** Result lines written one by one (writeOrder), inserted together at the end. */
  pending: PendingObservations;
}

/**
 * Reads what a batch needs in one statement (readBatch), matches each message's patient, and builds the rows of the
 * usual case: a message whose orders are all new gets its reports (and, without a patient, its queue entry) in the
 * one write. A message without a patient whose order exists stays with that version's patient, so it is not fresh.
 */
export async function planBatch(tx: Executor, protection: Protection, at: Date, messages: InboundReport[]): Promise<BatchPlan> {
  const keys = messages.map((m) => identifierKeys(protection, m.patient, at));
  const reads = await readBatch(
    tx,
    keys.flat(),
    messages.flatMap((m) => m.orders.map((o, j) => orderKey(m, o, j))),
    messages.map((m) => ({ facility: m.sendingFacility ?? '', messageId: m.messageId })),
  );
  const pending: PendingObservations = new Map();
  const unmatchedRow = (w: Write, id: string) => ({ id, messageLogId: w.logId, reason: w.match.kind === 'unmatched' ? w.match.reason : 'unknown', payloadEnc: protection.cipher.encrypt(JSON.stringify(w.message), payloadContext(id)), receivedAt: at });
  const writes = messages.map((message, i): Write => {
    const match = matchPatient(reads, keys[i]!, message.patient);
    const w: Write = {
      tx, protection, at, message, pending, match, logId: crypto.randomUUID(), unmatchedId: null,
      patient: match.kind === 'matched' ? match.patient : null,
      queue: async () => (w.unmatchedId ??= await repo.insertUnmatched(tx, unmatchedRow(w, crypto.randomUUID()))),
    };
    return w;
  });
  const keyOf = (w: Write, j: number) => {
    const { facility, fillerOrderNo } = orderKey(w.message, w.message.orders[j]!, j);
    return repo.orderKeyText(facility, fillerOrderNo);
  };
  const seen = new Map<string, number>();
  for (const w of writes) w.message.orders.forEach((_, j) => seen.set(keyOf(w, j), (seen.get(keyOf(w, j)) ?? 0) + 1));
  const fresh = writes.filter((w) => w.message.orders.every((_, j) => seen.get(keyOf(w, j)) === 1 && !reads.existingOrders.has(keyOf(w, j))));
  const queued = fresh.filter((w) => !w.patient);
  const unmatched = queued.map((w) => unmatchedRow(w, (w.unmatchedId = crypto.randomUUID())));
  for (const w of fresh) w.rows = await Promise.all(w.message.orders.map(async (o, j) => ({ ...(await newReportRow(w, o, j)), logId: w.logId })));
  const controlIds = new Set(writes.map((w) => repo.orderKeyText(w.message.sendingFacility ?? '', w.message.messageId)));
  return {
    reads, writes, fresh, queued, keyOf, pending,
    allFresh: fresh.length === writes.length && controlIds.size === writes.length && reads.storedMessages.size === 0,
    write: {
      messages: writes.map((w) => ({ id: w.logId, sendingFacility: w.message.sendingFacility ?? '', messageId: w.message.messageId, source: w.message.source, receivedAt: at, outcome: w.patient ? 'stored' : 'unmatched', reportCount: w.message.orders.length })),
      unmatched,
      reports: fresh.flatMap((w) => w.rows!),
      observations: fresh.flatMap((w) => w.rows!.flatMap((r, j) => observationRows(r.id, w.message.orders[j]!))),
    },
  };
}
