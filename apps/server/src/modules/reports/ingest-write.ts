import type { InboundReport, ReportOrder } from '@xinglin/hl7';
import type { Executor } from '../../db/client';
import { fieldContext, type Protection } from '../../security/protection';
import type { IngestPatient } from './batch-read';
import { isReadable, kindOf, statusOf } from './domain';
import * as repo from './repository';
import type { observations } from './tables';

export const subjectContext = (reportId: string) => fieldContext('reports', 'subject', reportId);
export const contentContext = (reportId: string) => fieldContext('reports', 'content', reportId);
export const payloadContext = (unmatchedId: string) => fieldContext('report_unmatched', 'payload', unmatchedId);

export interface ReportContent {
  notes: string[];
  findings: string | null;
  impression: string | null;
}

/**
 * The observations a batch writes, by report, inserted in one statement before the commit. Keyed by report so a
 * second message for the same order in the same batch replaces the first one's values instead of adding to them.
 */
export type PendingObservations = Map<string, (typeof observations.$inferInsert)[]>;

export interface OrderWrite {
  tx: Executor;
  protection: Protection;
  at: Date;
  message: InboundReport;
  patient: IngestPatient | null;
  /** Creates (once per message) the unmatched-queue entry and answers its id. */
  queue: () => Promise<string>;
  pending: PendingObservations;
}

/** The report's key: the sender's filler order (or placer order, or the message's own numbering). */
export function orderKey(message: InboundReport, order: ReportOrder, index: number): { facility: string; fillerOrderNo: string } {
  return { facility: message.sendingFacility ?? '', fillerOrderNo: order.fillerOrderNo || order.placerOrderNo || `${message.messageId}#${index + 1}` };
}

/** The columns of a report version (encrypted where they carry the sender's patient data or free text). */
async function reportFields(w: OrderWrite, order: ReportOrder, id: string, existing: repo.WrittenReport | null) {
  const { message, patient, protection } = w;
  const content: ReportContent = { notes: order.notes, findings: order.imaging?.findings ?? null, impression: order.imaging?.impression ?? null };
  // A correction without a recognisable patient stays with the patient the earlier version belonged to.
  const patientId = patient?.id ?? existing?.patientId ?? null;
  return {
    patientId,
    unmatchedId: patientId ? (existing?.unmatchedId ?? null) : await w.queue(),
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
    updatedAt: w.at,
  };
}

/** The row of a new report (version 1) with a fresh id, for the batch's multi-row insert. */
export async function newReportRow(w: OrderWrite, order: ReportOrder, index: number) {
  const id = crypto.randomUUID();
  const { facility, fillerOrderNo } = orderKey(w.message, order, index);
  return { id, sendingFacility: facility, fillerOrderNo, ...(await reportFields(w, order, id, null)), version: 1, receivedAt: w.at };
}

/**
 * Writes or replaces one order's report; its observations join the batch's pending insert. `tried` is the batch's
 * insert of this order as a new report: its row when inserted, null when the order existed already.
 */
export async function writeOrder(w: OrderWrite, order: ReportOrder, index: number, tried?: repo.WrittenReport | null) {
  const { tx } = w;
  const { facility, fillerOrderNo } = orderKey(w.message, order, index);
  // A matched patient: insert first (the usual case, a new order), look up only when the order exists. Without a
  // patient, the earlier version decides whether the message is queued, so it is looked up first.
  let existing: repo.WrittenReport | null = null;
  let row: repo.WrittenReport | null = tried ?? null;
  if (tried === undefined) {
    existing = w.patient ? null : await repo.findByFillerOrder(tx, facility, fillerOrderNo);
    if (!existing) row = await repo.insertReportIfNew(tx, await newReportRow(w, order, index));
  }
  // The order exists (an earlier message, or another transaction that committed first): this is its next version.
  if (!row) existing ??= await repo.findByFillerOrder(tx, facility, fillerOrderNo);
  if (!row) {
    if (!existing) throw new Error(`report ${facility}/${fillerOrderNo} neither inserted nor found`);
    row = await repo.updateReport(tx, existing.id, { ...(await reportFields(w, order, existing.id, existing)), version: existing.version + 1 });
    await repo.deleteObservations(tx, existing.id);
  }
  const id = row.id;
  w.pending.set(id, observationRows(id, order));
  const becameReadable = isReadable(row.status) && (!existing || !isReadable(existing.status) || row.status === 'corrected' || existing.patientId !== row.patientId);
  return { row, becameReadable };
}

/** The rows of an order's result lines (OBX), for the report with this id. */
export function observationRows(reportId: string, order: ReportOrder): (typeof observations.$inferInsert)[] {
  return order.observations.map((o) => ({
    reportId,
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
  }));
}

/** Times outside any plausible report (year 0, year 20000) are dropped rather than refused by PostgreSQL. */
function toDate(iso: string | undefined): Date | null {
  if (!iso) return null;
  const d = new Date(iso);
  const year = d.getUTCFullYear();
  return Number.isNaN(d.getTime()) || year < 1900 || year > 2200 ? null : d;
}
