import type { InboundReport } from '@xinglin/hl7';
import type { Db, Tx } from '../../db/client';
import type { Protection } from '../../security/protection';
import { findPatient, managersOf } from '../patients/repository';
import type { IngestManager, IngestPatient } from './batch-read';
import { planBatch } from './batch-plan';
import { writeNewBatch, type createFreshWriter } from './batch-write';
import { isReadable } from './domain';
import { writeOrder } from './ingest-write';
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

/**
 * Stores the messages of a batch in the caller's transaction. The usual batch (new orders) takes two statements
 * whatever its size: one read (planBatch: patients, their managers, which orders exist) and one write
 * (writeNewBatch: claims, queue entries, reports, result lines), then one for the 报告已出 messages. Anything
 * else (a correction, an order twice in the batch, an order inserted meanwhile by another transaction) is written
 * one by one afterwards, in message order.
 */
export async function storeBatch(tx: Tx, deps: StoreDeps, messages: InboundReport[]): Promise<IngestResult[]> {
  const at = deps.now();
  const plan = await planBatch(tx, deps.protection, at, messages);
  const { reads, writes, queued, keyOf } = plan;
  const { claimed, inserted } = await writeNewBatch(tx, plan.write);
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
  await repo.insertObservations(tx, [...plan.pending.values()].flat());
  if (ready.length > 0) await deps.notifications!.enqueueMany(tx, ready);
  return results;
}

/**
 * The usual batch without a transaction of its own (PostgreSQL): the read, then one statement that stores every
 * message with its 报告已出 messages, or nothing (`write`, createFreshWriter): two round trips instead of begin, read, write,
 * outbox and commit. Null when the batch is not all fresh or the statement was refused (a repeat, an order stored
 * since the read): the caller then stores the batch the careful way, in a transaction.
 */
export async function storeFresh(db: Db, deps: StoreDeps, write: ReturnType<typeof createFreshWriter>, messages: InboundReport[]): Promise<IngestResult[] | null> {
  const at = deps.now();
  const plan = await planBatch(db, deps.protection, at, messages);
  if (!plan.allFresh) return null;
  const ready = plan.fresh.flatMap((w) =>
    w.rows!.flatMap((r) => (w.patient && isReadable(r.status) ? readyMessages(w.patient, plan.reads.managers.get(w.patient.id) ?? [], { id: r.id, patientId: w.patient.id, unmatchedId: null, version: 1, status: r.status, name: r.name }, at) : [])),
  );
  try {
    await write(db, plan.write, ready);
  } catch {
    return null;
  }
  return plan.writes.map((w) => ({ outcome: w.patient ? 'stored' : 'unmatched', reportIds: w.rows!.map((r) => r.id), patientId: w.patient?.id ?? null }));
}

export async function liveManagers(tx: Tx, patientId: string): Promise<IngestManager[]> {
  return (await managersOf(tx, patientId)).map((m) => m.manager);
}
