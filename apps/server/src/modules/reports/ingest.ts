import type { InboundReport } from '@xinglin/hl7';
import type { Db, Tx } from '../../db/client';
import { AppError } from '../../errors';
import type { Protection } from '../../security/protection';
import type { IngestManager, IngestPatient } from './batch-read';
import { createFreshWriter } from './batch-write';
import { readyMessages, type ReportNotifier } from './notify-ready';
import type { WrittenReport } from './repository';
import { liveManagers, storeBatch, storeFresh, type IngestResult } from './store-batch';

export { contentContext, payloadContext, subjectContext, type ReportContent } from './ingest-write';
export type { ReportNotifier } from './notify-ready';
export type { IngestResult } from './store-batch';

export interface IngestDeps {
  db: Db;
  protection: Protection;
  now: () => Date;
  /** The outbox (modules/notifications); absent until that module is wired, then report.ready goes nowhere. */
  notifications?: ReportNotifier;
  /**
   * The database takes statements outside a transaction (PostgreSQL), so a batch of new results is stored with one
   * statement and no begin or commit (storeFresh). Not on PGlite: its one connection must only see transactions.
   */
  autocommit?: boolean;
}

/** One message's answer from a batch: its result, or why it was not stored (the others of the batch are not affected). */
export type BatchOutcome = { ok: true; result: IngestResult } | { ok: false; error: unknown };

const invalid = (en: string, zh: string) => new AppError('REPORT_INVALID', 422, zh, en);

/**
 * Inbound results (HL7 or FHIR): per message, claim the message id (a repeat stops here), match the patient, write
 * or replace each order's report, queue what could not be matched, and put report.ready in the outbox. Nothing is
 * half stored: a failure rolls the whole message back and the sender is told so. The MLLP listener hands over the
 * messages that arrived together as one batch (one transaction, store-batch.ts); the FHIR route a batch of one.
 */
export function createIngest(deps: IngestDeps) {
  const { db } = deps;
  const storeAll = (tx: Tx, messages: InboundReport[]) => storeBatch(tx, deps, messages);
  const writeFresh = createFreshWriter(deps.notifications);

  /** 报告已出 for a report that became readable outside a batch (a queued result matched by staff). */
  async function notifyReady(tx: Tx, patient: IngestPatient, report: WrittenReport, managers?: IngestManager[]): Promise<void> {
    if (!deps.notifications) return;
    const messages = readyMessages(patient, managers ?? (await liveManagers(tx, patient.id)), report, deps.now());
    if (messages.length > 0) await deps.notifications.enqueueMany(tx, messages);
  }

  /**
   * Group commit: the whole batch in one transaction, each message answered only after the commit. When any
   * message fails, the batch is stored again with a savepoint per message, so only that message is refused.
   */
  async function ingestBatch(inbound: InboundReport[]): Promise<BatchOutcome[]> {
    const outcomes: BatchOutcome[] = [];
    const valid: { at: number; message: InboundReport }[] = [];
    for (const [at, m] of inbound.entries()) {
      try {
        valid.push({ at, message: checked(m) });
      } catch (error) {
        outcomes[at] = { ok: false, error };
      }
    }
    if (valid.length === 0) return outcomes;
    const messages = valid.map((v) => v.message);
    let answers: BatchOutcome[];
    try {
      const fresh = deps.autocommit ? await storeFresh(db, deps, writeFresh, messages) : null;
      answers = (fresh ?? (await db.transaction((tx) => storeAll(tx, messages)))).map((result) => ({ ok: true, result }));
    } catch (error) {
      if (messages.length === 1) answers = [{ ok: false, error }];
      else answers = await storeEachInSavepoint(messages).catch((commitError: unknown) => messages.map(() => ({ ok: false as const, error: commitError })));
    }
    valid.forEach((v, i) => (outcomes[v.at] = answers[i]!));
    return outcomes;
  }

  function storeEachInSavepoint(messages: InboundReport[]): Promise<BatchOutcome[]> {
    return db.transaction(async (tx) => {
      const answers: BatchOutcome[] = [];
      for (const m of messages) {
        try {
          const [result] = await tx.transaction((sp) => storeAll(sp, [m]));
          answers.push({ ok: true, result: result! });
        } catch (error) {
          answers.push({ ok: false, error });
        }
      }
      return answers;
    });
  }

  return {
    /** One result (the FHIR route, tests): a batch of one; throws what refused it. */
    async ingest(inbound: InboundReport): Promise<IngestResult> {
      const [outcome] = await ingestBatch([inbound]);
      if (!outcome!.ok) throw outcome!.error;
      return outcome!.result;
    },
    ingestBatch,
    notifyReady,
  };
}

/** The checks before any database work: a message without control id or orders is refused on its own. */
function checked(inbound: InboundReport): InboundReport {
  const message = withoutNul(inbound);
  if (!message.messageId?.trim()) throw invalid('The message has no control id (MSH-10 / Bundle id)', '消息缺少控制编号');
  if (message.orders.length === 0) throw invalid('The message has no order (OBR / DiagnosticReport)', '消息中没有报告');
  return message;
}

/** PostgreSQL text cannot hold NUL; a sender's stray NUL must not turn a good result into an endless AE/retry loop. */
export function withoutNul<T>(value: T): T {
  // Almost never present: one native scan instead of rebuilding every message object.
  return JSON.stringify(value).includes('\\u0000') ? stripNul(value) : value;
}

function stripNul<T>(value: T): T {
  if (typeof value === 'string') return (value.includes('\u0000') ? value.replaceAll('\u0000', '') : value) as T;
  if (Array.isArray(value)) return value.map(stripNul) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripNul(v)])) as T;
  return value;
}
