import type { InboundReport } from '@xinglin/hl7';
import type { Db, Tx } from '../../db/client';
import { AppError } from '../../errors';
import type { Protection } from '../../security/protection';
import { decideAccess, ageOn } from '../patients/domain';
import { findPatient, managersOf, type PatientRow } from '../patients/repository';
import { payloadContext, writeOrder, type PendingObservations } from './ingest-write';
import { matchPatient, prefetchPatients, type MatchOutcome } from './matching';
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

  async function notifyReady(tx: Tx, patient: PatientRow, report: repo.WrittenReport): Promise<void> {
    if (!deps.notifications) return; // report.ready call site: wired when modules/notifications lands in app.ts.
    const at = now();
    const managers = await managersOf(tx, patient.id);
    const age = ageOn(patient.birthDate, at);
    const recipients = new Set<string>(patient.selfAccountId ? [patient.selfAccountId] : []);
    // Only accounts that may open the report hear about it: managers without the record grant do not.
    for (const { manager } of managers) {
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
   * Stores the messages of a batch in the caller's transaction: their patients in two queries, their control ids
   * claimed in one statement (a repeat, also within the batch, is a duplicate), each order written in message order,
   * all observations inserted at the end in one statement.
   */
  async function storeAll(tx: Tx, messages: InboundReport[]): Promise<IngestResult[]> {
    const at = now();
    const lookup = await prefetchPatients(tx, protection, messages.map((m) => m.patient), at);
    const matches: MatchOutcome[] = [];
    for (const m of messages) matches.push(await matchPatient(lookup, protection, m.patient, at));
    const logIds = messages.map(() => crypto.randomUUID());
    const claimed = await repo.claimMessages(
      tx,
      messages.map((m, i) => ({ id: logIds[i]!, sendingFacility: m.sendingFacility ?? '', messageId: m.messageId, source: m.source, receivedAt: at, outcome: matches[i]!.kind === 'matched' ? 'stored' : 'unmatched', reportCount: m.orders.length })),
    );
    const pending: PendingObservations = new Map();
    const results: IngestResult[] = [];
    for (const [i, message] of messages.entries()) {
      const logId = logIds[i]!;
      if (!claimed.has(logId)) {
        results.push({ outcome: 'duplicate', reportIds: [], patientId: null });
        continue;
      }
      const match = matches[i]!;
      const patient = match.kind === 'matched' ? match.patient : null;
      let unmatchedId: string | null = null;
      const queue = async () => {
        if (unmatchedId) return unmatchedId;
        const id = crypto.randomUUID();
        unmatchedId = await repo.insertUnmatched(tx, { id, messageLogId: logId, reason: match.kind === 'unmatched' ? match.reason : 'unknown', payloadEnc: protection.cipher.encrypt(JSON.stringify(message), payloadContext(id)), receivedAt: at });
        return unmatchedId;
      };
      const reportIds: string[] = [];
      for (const [j, order] of message.orders.entries()) {
        const { row, becameReadable } = await writeOrder({ tx, protection, at, message, patient, queue, pending }, order, j);
        reportIds.push(row.id);
        const owner = patient ?? (row.patientId ? await findPatient(tx, row.patientId) : null);
        if (becameReadable && owner) await notifyReady(tx, owner, row);
      }
      const outcome = unmatchedId ? 'unmatched' : 'stored';
      // The claim guessed the outcome from the match; a correction of an already matched order proves it wrong.
      if (outcome !== (patient ? 'stored' : 'unmatched')) await repo.setMessageOutcome(tx, logId, outcome, reportIds.length);
      results.push({ outcome, reportIds, patientId: patient?.id ?? null });
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
