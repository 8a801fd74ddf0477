import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import { preparedStatement, type Executor } from '../../db/client';
import { jsonRows, recordsetInsert } from '../../db/bulk-insert';
import type { ReadyMessage, ReportNotifier } from './notify-ready';
import type { WrittenReport } from './repository';
import { inboundMessages, observations, reports, unmatchedResults } from './tables';

/** A new report of the batch, tagged with the message (log id) it came from. */
export type NewReport = typeof reports.$inferInsert & { id: string; logId: string };

export interface NewBatch {
  /** One per message: the claim of its (facility, control id). */
  messages: (typeof inboundMessages.$inferInsert & { id: string })[];
  /** Queue entries of the messages nobody could be matched to (whose orders are new). */
  unmatched: (typeof unmatchedResults.$inferInsert & { messageLogId: string })[];
  reports: NewReport[];
  /** The result lines of those reports. */
  observations: (typeof observations.$inferInsert)[];
}

export interface NewBatchResult {
  /** Log ids of the messages claimed now; a repeat (stored before, earlier in the batch, or by a transaction now) is absent. */
  claimed: Set<string>;
  /** The reports inserted, by id; one whose order exists already is absent and must be written as a new version. */
  inserted: Map<string, WrittenReport>;
}

type Row = { claimed: string[]; inserted: WrittenReport[] };

/**
 * The usual batch, new results for new orders, in one statement: the claims of the messages, then (data-modifying
 * CTEs, which see each other's RETURNING) the queue entries and reports of the messages claimed, and the result lines
 * of the reports inserted. A repeated message therefore writes nothing, and a report whose order exists (a
 * correction, or another transaction's insert) neither, nor its lines: the caller writes those one by one. Foreign
 * keys are checked at the end of the statement, when the rows they point to are in.
 */
export function writeNewBatch(tx: Executor, batch: NewBatch): Promise<NewBatchResult> {
  return run(newBatchStatement(), tx, batch, '[]');
}

/**
 * The whole batch as one statement that either stores every message or fails, for a batch planned all fresh:
 * without `on conflict`, a repeat or an order that another transaction stored since the read is a unique
 * violation, and the caller stores the batch again the careful way. The 报告已出 messages (`outbox`, a CTE) are
 * written with it. Alone in its implicit transaction, the statement needs no begin and commit of its own.
 */
export function createFreshWriter(outbox: Pick<ReportNotifier, 'outboxStatement' | 'outboxRows'> | undefined) {
  const statement = writeStatement('reports_write_fresh', { claims: sql`returning id`, reports: sql`` }, outbox?.outboxStatement(sql`${sql.placeholder('outbox')}`) ?? sql`select 1 where false`);
  return (db: Executor, batch: NewBatch, ready: ReadyMessage[]): Promise<NewBatchResult> => run(statement, db, batch, jsonRows(outbox?.outboxRows(ready) ?? []));
}

let newBatch: ReturnType<typeof writeStatement> | undefined;
const newBatchStatement = () =>
  (newBatch ??= writeStatement('reports_write_batch', { claims: sql`on conflict do nothing returning id`, reports: sql`on conflict (sending_facility, filler_order_no) do nothing` }, sql`select 1 where false`));

/** Built once: every CTE present, the rows in JSON placeholders, so it is prepared and planned once. */
function writeStatement(label: string, conflicts: { claims: SQL; reports: SQL }, outbox: SQL) {
  const claims = recordsetInsert(inboundMessages, sql`${sql.placeholder('messages')}`, conflicts.claims, { columns: MESSAGE_COLUMNS });
  const queue = recordsetInsert(unmatchedResults, sql`${sql.placeholder('unmatched')}`, sql`returning id`, { columns: UNMATCHED_COLUMNS, where: sql`r."messageLogId" in (select id from claimed)` });
  const written = sql`returning id, patient_id as "patientId", unmatched_id as "unmatchedId", version, status, name`;
  const reportRows = recordsetInsert(reports, sql`${sql.placeholder('reports')}`, sql`${conflicts.reports} ${written}`, { columns: REPORT_COLUMNS, extra: { logId: 'uuid' }, where: sql`r."logId" in (select id from claimed)` });
  const lines = recordsetInsert(observations, sql`${sql.placeholder('observations')}`, sql`returning 1`, { columns: OBSERVATION_COLUMNS, where: sql`r."reportId" in (select id from inserted)` });
  return preparedStatement<Row>(
    label,
    sql`with claimed as (${claims}), queued as (${queue}), inserted as (${reportRows}), lines as (${lines}), outbox as (${outbox})
        select (select coalesce(json_agg(id), '[]') from claimed) as claimed,
               (select coalesce(json_agg(i), '[]') from inserted i) as inserted,
               (select count(*) from outbox) as notified`,
  );
}

async function run(statement: ReturnType<typeof writeStatement>, db: Executor, batch: NewBatch, outbox: string): Promise<NewBatchResult> {
  const [row] = await statement(db, {
    messages: jsonRows(batch.messages),
    unmatched: jsonRows(batch.unmatched),
    reports: jsonRows(batch.reports),
    observations: jsonRows(batch.observations),
    outbox,
  });
  return { claimed: new Set(row!.claimed), inserted: new Map(row!.inserted.map((r) => [r.id, r])) };
}

const MESSAGE_COLUMNS = ['id', 'sendingFacility', 'messageId', 'source', 'receivedAt', 'outcome', 'reportCount'] satisfies (keyof typeof inboundMessages.$inferInsert)[];
const UNMATCHED_COLUMNS = ['id', 'messageLogId', 'reason', 'payloadEnc', 'receivedAt'] satisfies (keyof typeof unmatchedResults.$inferInsert)[];
const REPORT_COLUMNS = Object.keys(getTableColumns(reports));
const OBSERVATION_COLUMNS = Object.keys(getTableColumns(observations)).filter((key) => key !== 'id');
