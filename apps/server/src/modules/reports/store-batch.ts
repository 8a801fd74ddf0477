import type { InboundReport } from '@xinglin/hl7';
import type { Tx } from '../../db/client';
import type { Protection } from '../../security/protection';
import { findPatient, managersOf } from '../patients/repository';
import { readBatch, type IngestManager, type IngestPatient } from './batch-read';
import { writeNewBatch, type NewReport } from './batch-write';
import { isReadable } from './domain';
import { newReportRow, observationRows, orderKey, payloadContext, writeOrder, type OrderWrite, type PendingObservations } from './ingest-write';
import { identifierKeys, matchPatient, type MatchOutcome } from './matching';
import { readyMessages, type ReadyMessage, type ReportNotifier } from './notify-ready';
import * as repo from './repository';

export interface IngestResult {
  outcome: 'stored' | 'unmatched' | 'duplicate';
  reportIds: string[];
  patientId: string | null;
}

export interface StoreDeps {
  protection: Protection;
  now: () => Date;
  notifications?: ReportNotifier;
}

type Write = OrderWrite & { logId: string; unmatchedId: string | null; match: MatchOutcome; rows?: NewReport[] };

/**
 * Stores the messages of a batch in the caller's transaction. The usual batch (new orders) takes two statements
 * whatever its size: one read (readBatch: patients, their managers, which orders exist) and one write
 * (writeNewBatch: claims, queue entries, reports, result lines), then one for the 报告已出 messages. Anything
 * else (a correction, an order twice in the batch, an order inserted meanwhile by another transaction) is written
 * one by one afterwards, in message order.
 */
export async function storeBatch(tx: Tx, deps: StoreDeps, messages: InboundReport[]): Promise<IngestResult[]> {
  const { protection } = deps;
  const at = deps.now();
  const keys = messages.map((m) => identifierKeys(protection, m.patient, at));
  const reads = await readBatch(tx, keys.flat(), messages.flatMap((m) => m.orders.map((o, j) => orderKey(m, o, j))));
  const pending: PendingObservations = new Map();
  const writes = messages.map((message, i): Write => {
    const match = matchPatient(reads, keys[i]!, message.patient);
    const w: Write = {
      tx, protection, at, message, pending, match, logId: crypto.randomUUID(), unmatchedId: null,
      patient: match.kind === 'matched' ? match.patient : null,
      queue: async () => (w.unmatchedId ??= await repo.insertUnmatched(tx, unmatchedRow(w, crypto.randomUUID()))),
    };
    return w;
  });
  const unmatchedRow = (w: Write, id: string) => ({ id, messageLogId: w.logId, reason: w.match.kind === 'unmatched' ? w.match.reason : 'unknown', payloadEnc: protection.cipher.encrypt(JSON.stringify(w.message), payloadContext(id)), receivedAt: at });

  // The usual case goes into the one write: every order new (not stored, once in the batch). A message without a
  // patient is then queued; with an earlier version of its order it would stay with that version's patient.
  const seen = new Map<string, number>();
  const keyOf = (w: Write, j: number) => {
    const { facility, fillerOrderNo } = orderKey(w.message, w.message.orders[j]!, j);
    return repo.orderKeyText(facility, fillerOrderNo);
  };
  for (const w of writes) w.message.orders.forEach((_, j) => seen.set(keyOf(w, j), (seen.get(keyOf(w, j)) ?? 0) + 1));
  const fresh = writes.filter((w) => w.message.orders.every((_, j) => seen.get(keyOf(w, j)) === 1 && !reads.existingOrders.has(keyOf(w, j))));
  const queued = fresh.filter((w) => !w.patient);
  const unmatched = queued.map((w) => unmatchedRow(w, (w.unmatchedId = crypto.randomUUID())));
  for (const w of fresh) w.rows = await Promise.all(w.message.orders.map(async (o, j) => ({ ...(await newReportRow(w, o, j)), logId: w.logId })));
  const { claimed, inserted } = await writeNewBatch(tx, {
    messages: writes.map((w) => ({ id: w.logId, sendingFacility: w.message.sendingFacility ?? '', messageId: w.message.messageId, source: w.message.source, receivedAt: at, outcome: w.patient ? 'stored' : 'unmatched', reportCount: w.message.orders.length })),
    unmatched,
    reports: fresh.flatMap((w) => w.rows!),
    observations: fresh.flatMap((w) => w.rows!.flatMap((r, j) => observationRows(r.id, w.message.orders[j]!))),
  });
  // A queued message's order appeared since the read (another transaction): the batch is stored again one by one.
  for (const w of queued) for (const r of w.rows!) if (claimed.has(w.logId) && !inserted.has(r.id)) throw new Error(`report ${r.sendingFacility}/${r.fillerOrderNo} appeared while its batch was stored`);

  const ready: ReadyMessage[] = [];
  const results: IngestResult[] = [];
  for (const w of writes) {
    if (!claimed.has(w.logId)) {
      results.push({ outcome: 'duplicate', reportIds: [], patientId: null });
      continue;
    }
    const reportIds: string[] = [];
    for (const [j, order] of w.message.orders.entries()) {
      const tried = w.rows?.[j];
      const fast = tried && inserted.get(tried.id);
      // Inserted with its lines by the write above, else written now as the order's first or next version.
      const { row, becameReadable } = fast ? { row: fast, becameReadable: isReadable(fast.status) } : await writeOrder(w, order, j, tried || reads.existingOrders.has(keyOf(w, j)) ? null : undefined);
      reportIds.push(row.id);
      const owner: IngestPatient | null = w.patient ?? (row.patientId ? await findPatient(tx, row.patientId) : null);
      if (becameReadable && owner && deps.notifications) ready.push(...readyMessages(owner, reads.managers.get(owner.id) ?? (await liveManagers(tx, owner.id)), row, at));
    }
    const outcome = w.unmatchedId ? 'unmatched' : 'stored';
    // The claim guessed the outcome from the match; a correction of an already matched order proves it wrong.
    if (outcome !== (w.patient ? 'stored' : 'unmatched')) await repo.setMessageOutcome(tx, w.logId, outcome, reportIds.length);
    results.push({ outcome, reportIds, patientId: w.patient?.id ?? null });
  }
  await repo.insertObservations(tx, [...pending.values()].flat());
  if (ready.length > 0) await deps.notifications!.enqueueMany(tx, ready);
  return results;
}

export async function liveManagers(tx: Tx, patientId: string): Promise<IngestManager[]> {
  return (await managersOf(tx, patientId)).map((m) => m.manager);
}
