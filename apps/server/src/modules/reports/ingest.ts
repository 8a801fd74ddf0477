import type { InboundReport, ReportOrder } from '@xinglin/hl7';
import type { Db, Tx } from '../../db/client';
import { AppError } from '../../errors';
import { fieldContext, type Protection } from '../../security/protection';
import { decideAccess, ageOn } from '../patients/domain';
import { findPatient, managersOf, type PatientRow } from '../patients/repository';
import { isReadable, kindOf, statusOf } from './domain';
import { matchPatient } from './matching';
import * as repo from './repository';

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

export const subjectContext = (reportId: string) => fieldContext('reports', 'subject', reportId);
export const contentContext = (reportId: string) => fieldContext('reports', 'content', reportId);
export const payloadContext = (unmatchedId: string) => fieldContext('report_unmatched', 'payload', unmatchedId);

export interface ReportContent {
  notes: string[];
  findings: string | null;
  impression: string | null;
}

const invalid = (en: string, zh: string) => new AppError('REPORT_INVALID', 422, zh, en);

/**
 * One inbound result (HL7 or FHIR), one transaction: claim the message id (a repeat stops here), match the
 * patient, write or replace each order's report, queue what could not be matched, and put report.ready in the
 * outbox. Nothing is half stored: any failure rolls the whole message back and the sender is told so.
 */
export function createIngest(deps: IngestDeps) {
  const { db, protection, now } = deps;

  async function notifyReady(tx: Tx, patient: PatientRow, report: repo.ReportRow): Promise<void> {
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

  async function writeOrder(tx: Tx, message: InboundReport, order: ReportOrder, index: number, patient: PatientRow | null, queue: () => Promise<string>) {
    const facility = message.sendingFacility ?? '';
    const fillerOrderNo = order.fillerOrderNo || order.placerOrderNo || `${message.messageId}#${index + 1}`;
    const at = now();
    const content: ReportContent = { notes: order.notes, findings: order.imaging?.findings ?? null, impression: order.imaging?.impression ?? null };
    const fieldsFor = async (id: string, existing: repo.ReportRow | null) => {
      // A correction without a recognisable patient stays with the patient the earlier version belonged to.
      const patientId = patient?.id ?? existing?.patientId ?? null;
      return {
        patientId,
        unmatchedId: patientId ? (existing?.unmatchedId ?? null) : await queue(),
        source: message.source,
        placerOrderNo: order.placerOrderNo ?? null,
        messageId: message.messageId,
        status: statusOf(order.resultStatus),
        kind: kindOf(order),
        code: order.code,
        name: order.name || order.code,
        specimen: order.specimen ?? null,
        serviceSection: order.serviceSection ?? null,
        resultStatus: order.resultStatus ?? null,
        orderingDoctor: order.orderingDoctor ?? null,
        collectedAt: toDate(order.collectedAt),
        releasedAt: toDate(order.releasedAt),
        studyInstanceUid: order.imaging?.studyInstanceUid ?? null,
        modality: order.imaging?.modality ?? null,
        subjectEnc: protection.cipher.encrypt(JSON.stringify(message.patient), subjectContext(id)),
        contentEnc: protection.cipher.encrypt(JSON.stringify(content), contentContext(id)),
        updatedAt: at,
      };
    };
    let existing = await repo.findByFillerOrder(tx, facility, fillerOrderNo);
    let row: repo.ReportRow | null = null;
    if (!existing) {
      const newId = crypto.randomUUID();
      row = await repo.insertReportIfNew(tx, { id: newId, sendingFacility: facility, fillerOrderNo, ...(await fieldsFor(newId, null)), version: 1, receivedAt: at });
      // Another message for the same order committed first (the insert waited for it): this one is its next version.
      if (!row) existing = await repo.findByFillerOrder(tx, facility, fillerOrderNo);
    }
    if (!row) {
      if (!existing) throw new Error(`report ${facility}/${fillerOrderNo} neither inserted nor found`);
      row = await repo.updateReport(tx, existing.id, { ...(await fieldsFor(existing.id, existing)), version: existing.version + 1 });
    }
    const id = row.id;
    await repo.replaceObservations(
      tx,
      id,
      order.observations.map((o) => ({
        reportId: id,
        seq: o.seq,
        valueType: o.valueType,
        code: o.code,
        name: o.name || o.code,
        codeSystem: o.codeSystem ?? null,
        value: o.value,
        numeric: Number.isFinite(o.numeric) ? o.numeric! : null,
        comparator: o.comparator ?? null,
        unit: o.unit ?? null,
        referenceRange: o.referenceRange ?? null,
        referenceLow: Number.isFinite(o.referenceLow) ? o.referenceLow! : null,
        referenceHigh: Number.isFinite(o.referenceHigh) ? o.referenceHigh! : null,
        flags: o.flags,
        status: o.status ?? null,
        observedAt: toDate(o.observedAt),
        notes: o.notes,
      })),
    );
    const becameReadable = isReadable(row.status) && (!existing || !isReadable(existing.status) || row.status === 'corrected' || existing.patientId !== row.patientId);
    return { row, becameReadable };
  }

  return {
    async ingest(inbound: InboundReport): Promise<IngestResult> {
      const message = withoutNul(inbound);
      if (!message.messageId?.trim()) throw invalid('The message has no control id (MSH-10 / Bundle id)', '消息缺少控制编号');
      if (message.orders.length === 0) throw invalid('The message has no order (OBR / DiagnosticReport)', '消息中没有报告');
      return db.transaction(async (tx) => {
        const at = now();
        const logId = await repo.claimMessage(tx, { sendingFacility: message.sendingFacility ?? '', messageId: message.messageId, source: message.source, receivedAt: at, outcome: 'stored', reportCount: 0 });
        if (!logId) return { outcome: 'duplicate' as const, reportIds: [], patientId: null };
        const match = await matchPatient(tx, protection, message.patient, at);
        const patient = match.kind === 'matched' ? match.patient : null;
        let unmatchedId: string | null = null;
        const queue = async () => {
          if (unmatchedId) return unmatchedId;
          const id = crypto.randomUUID();
          unmatchedId = await repo.insertUnmatched(tx, { id, messageLogId: logId, reason: match.kind === 'unmatched' ? match.reason : 'unknown', payloadEnc: protection.cipher.encrypt(JSON.stringify(message), payloadContext(id)), receivedAt: at });
          return unmatchedId;
        };
        const reportIds: string[] = [];
        for (const [i, order] of message.orders.entries()) {
          const { row, becameReadable } = await writeOrder(tx, message, order, i, patient, queue);
          reportIds.push(row.id);
          const owner = patient ?? (row.patientId ? await findPatient(tx, row.patientId) : null);
          if (becameReadable && owner) await notifyReady(tx, owner, row);
        }
        await repo.setMessageOutcome(tx, logId, unmatchedId ? 'unmatched' : 'stored', reportIds.length);
        return { outcome: unmatchedId ? ('unmatched' as const) : ('stored' as const), reportIds, patientId: patient?.id ?? null };
      });
    },
    notifyReady,
  };
}

/** Times outside any plausible report (year 0, year 20000) are dropped rather than refused by PostgreSQL. */
function toDate(iso: string | undefined): Date | null {
  if (!iso) return null;
  const d = new Date(iso);
  const year = d.getUTCFullYear();
  return Number.isNaN(d.getTime()) || year < 1900 || year > 2200 ? null : d;
}

/** PostgreSQL text cannot hold NUL; a sender's stray NUL must not turn a good result into an endless AE/retry loop. */
export function withoutNul<T>(value: T): T {
  if (typeof value === 'string') return (value.includes('\u0000') ? value.replaceAll('\u0000', '') : value) as T;
  if (Array.isArray(value)) return value.map(withoutNul) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNul(v)])) as T;
  return value;
}
