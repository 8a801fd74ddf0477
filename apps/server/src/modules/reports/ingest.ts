import type { InboundReport } from '@xinglin/hl7';
import type { Db, Tx } from '../../db/client';
import { AppError } from '../../errors';
import type { Protection } from '../../security/protection';
import { decideAccess, ageOn } from '../patients/domain';
import { findPatient, managersOf, type PatientRow } from '../patients/repository';
import { newReportRow, orderKey, payloadContext, writeOrder, type OrderWrite, type PendingObservations } from './ingest-write';
import { matchPatient, prefetchManagers, prefetchPatients, type ManagerRow, type MatchOutcome } from './matching';
import * as repo from './repository';

export { contentContext, payloadContext, subjectContext, type ReportContent } from './ingest-write';

export interface IngestDeps {
  db: Db;
  protection: Protection;
  now: () => Date;
  /** The outbox (modules/notifications); absent until that module is wired, then report.ready goes nowhere. */
  notifications?: ReportNotifier;
}

/** The part of modules/notifications this context uses (its enqueue writes in the caller's transaction). */
export interface ReportNotifier {
  enqueue(
    tx: Tx,
    message: { accountId: string; patientId?: string; kind: string; title: string; body: string; link?: string; data?: Record<string, string>; dedupeKey?: string },
  ): Promise<void>;
}

export interface IngestResult {
  outcome: 'stored' | 'unmatched' | 'duplicate';
  reportIds: string[];
  patientId: string | null;
}

/** One message's answer from a batch: its result, or why it was not stored (the others of the batch are not affected). */
export type BatchOutcome = { ok: true; result: IngestResult } | { ok: false; error: unknown };

const invalid = (en: string, zh: string) => new AppError('REPORT_INVALID', 422, zh, en);

/**
 * Inbound results (HL7 or FHIR): per message, claim the message id (a repeat stops here), match the patient, write
 * or replace each order's report, queue what could not be matched, and put report.ready in the outbox. Nothing is
 * half stored: a failure rolls the whole message back and the sender is told so. The MLLP listener hands over the
 * messages that arrived together as one batch (one transaction); the FHIR route a batch of one.
 */
export function createIngest(deps: IngestDeps) {
  const { db, protection, now } = deps;

  /** `prefetched`: the batch's managers by patient (prefetchManagers), else they are read now. */
  async function notifyReady(tx: Tx, patient: PatientRow, report: repo.WrittenReport, prefetched?: Map<string, ManagerRow[]>): Promise<void> {
    if (!deps.notifications) return; // report.ready call site: wired when modules/notifications lands in app.ts.
    const at = now();
    const managers = prefetched?.get(patient.id) ?? (await managersOf(tx, patient.id)).map((m) => m.manager);
    const age = ageOn(patient.birthDate, at);
    const recipients = new Set<string>(patient.selfAccountId ? [patient.selfAccountId] : []);
    // Only accounts that may open the report hear about it: managers without the record grant do not.
    for (const manager of managers) {
      const access = decideAccess({ isSelf: manager.accountId === patient.selfAccountId, manager, age, hasOwnAccount: patient.selfAccountId !== null });
      if (access?.record) recipients.add(manager.accountId);
    }
    const corrected = report.status === 'corrected';
    for (const accountId of recipients) {
      await deps.notifications.enqueue(tx, {
        accountId,
        patientId: patient.id,
        kind: 'report.ready',
        title: corrected ? '报告已更正' : '报告已出',
        body: `${patient.name}的${report.name}${corrected ? '已更正，请查看最新结果' : '已出，可在线查看'}`,
        link: `/pages/reports/detail?id=${report.id}`,
        data: { reportName: report.name, patientName: patient.name },
        dedupeKey: `report.ready:${report.id}:v${report.version}:${accountId}`,
      });
    }
  }

  /**
   * Stores the messages of a batch in the caller's transaction, with a handful of statements for the whole batch:
   * their patients (two queries) and those patients' managers, their control ids claimed in one insert (a repeat,
   * also within the batch, is a duplicate), new reports in one insert, all observations in
   * one insert, new unmatched results in one insert. Anything else (corrections, an order twice in the batch) is
   * written one by one, in message order.
   */
  async function storeAll(tx: Tx, messages: InboundReport[]): Promise<IngestResult[]> {
    const at = now();
    const lookup = await prefetchPatients(tx, protection, messages.map((m) => m.patient), at);
    const matches: MatchOutcome[] = [];
    for (const m of messages) matches.push(await matchPatient(lookup, protection, m.patient, at));
    const patientIds = new Set(matches.flatMap((m) => (m.kind === 'matched' ? [m.patient.id] : [])));
    const managers = deps.notifications ? await prefetchManagers(tx, [...patientIds]) : undefined;
    const logIds = messages.map(() => crypto.randomUUID());
    const claimed = await repo.claimMessages(
      tx,
      messages.map((m, i) => ({ id: logIds[i]!, sendingFacility: m.sendingFacility ?? '', messageId: m.messageId, source: m.source, receivedAt: at, outcome: matches[i]!.kind === 'matched' ? 'stored' : 'unmatched', reportCount: m.orders.length })),
    );
    const pending: PendingObservations = new Map();
    type Write = OrderWrite & { logId: string; unmatchedId: string | null; match: MatchOutcome };
    const unmatchedRow = (w: Write, id: string) => ({ id, messageLogId: w.logId, reason: w.match.kind === 'unmatched' ? w.match.reason : 'unknown', payloadEnc: protection.cipher.encrypt(JSON.stringify(w.message), payloadContext(id)), receivedAt: at });
    const writes = messages.map((message, i): Write => {
      const match = matches[i]!;
      const w: Write = {
        tx, protection, at, message, pending, match, logId: logIds[i]!, unmatchedId: null,
        patient: match.kind === 'matched' ? match.patient : null,
        queue: async () => (w.unmatchedId ??= await repo.insertUnmatched(tx, unmatchedRow(w, crypto.randomUUID()))),
      };
      return w;
    });
    const live = writes.filter((w) => claimed.has(w.logId));
    // Orders seen once in the batch go into one insert; a second message for the same order in the batch must
    // follow the first, so those are written in order below.
    const seen = new Map<string, number>();
    for (const w of live) w.message.orders.forEach((o, j) => seen.set(keyOf(w.message, o, j), (seen.get(keyOf(w.message, o, j)) ?? 0) + 1));
    const once = live.filter((w) => w.message.orders.every((o, j) => seen.get(keyOf(w.message, o, j)) === 1));
    // Without a patient a message is queued unless an earlier version of its order has one: the new ones are queued
    // together, the others written one by one.
    const unknown = once.filter((w) => !w.patient);
    const existing = await repo.existingOrders(tx, unknown.flatMap((w) => w.message.orders.map((o, j) => orderKey(w.message, o, j))));
    const queued = unknown.filter((w) => w.message.orders.every((o, j) => !existing.has(keyOf(w.message, o, j))));
    await repo.insertUnmatchedMany(tx, queued.map((w) => unmatchedRow(w, (w.unmatchedId = crypto.randomUUID()))));
    const newRows = new Map<OrderWrite, Awaited<ReturnType<typeof newReportRow>>[]>();
    for (const w of [...once.filter((w) => w.patient), ...queued]) newRows.set(w, await Promise.all(w.message.orders.map((o, j) => newReportRow(w, o, j))));
    const inserted = await repo.insertReportsIfNew(tx, [...newRows.values()].flat());
    // A queued message's order appeared since the check (another transaction): the batch is stored again one by one.
    for (const w of queued) for (const r of newRows.get(w)!) if (!inserted.has(r.id)) throw new Error(`report ${r.sendingFacility}/${r.fillerOrderNo} appeared while its batch was stored`);

    const results: IngestResult[] = [];
    for (const w of writes) {
      if (!claimed.has(w.logId)) {
        results.push({ outcome: 'duplicate', reportIds: [], patientId: null });
        continue;
      }
      const reportIds: string[] = [];
      for (const [j, order] of w.message.orders.entries()) {
        const tried = newRows.get(w)?.[j];
        const { row, becameReadable } = await writeOrder(w, order, j, tried ? (inserted.get(tried.id) ?? null) : undefined);
        reportIds.push(row.id);
        const owner = w.patient ?? (row.patientId ? await findPatient(tx, row.patientId) : null);
        if (becameReadable && owner) await notifyReady(tx, owner, row, managers);
      }
      const outcome = w.unmatchedId ? 'unmatched' : 'stored';
      // The claim guessed the outcome from the match; a correction of an already matched order proves it wrong.
      if (outcome !== (w.patient ? 'stored' : 'unmatched')) await repo.setMessageOutcome(tx, w.logId, outcome, reportIds.length);
      results.push({ outcome, reportIds, patientId: w.patient?.id ?? null });
    }
    await repo.insertObservations(tx, [...pending.values()].flat());
    return results;
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
      answers = (await db.transaction((tx) => storeAll(tx, messages))).map((result) => ({ ok: true, result }));
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

function keyOf(message: InboundReport, order: InboundReport['orders'][number], index: number): string {
  const { facility, fillerOrderNo } = orderKey(message, order, index);
  return repo.orderKeyText(facility, fillerOrderNo);
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
  if (typeof value === 'string') return (value.includes('\u0000') ? value.replaceAll('\u0000', '') : value) as T;
  if (Array.isArray(value)) return value.map(withoutNul) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNul(v)])) as T;
  return value;
}
