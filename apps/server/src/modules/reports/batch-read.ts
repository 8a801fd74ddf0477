import { sql } from 'drizzle-orm';
import { preparedStatement, type Executor } from '../../db/client';
import { orderKeyText } from './repository';

/** How a PID identifier is looked up: a resident ID number through the patients' blind index, anything else as a medical card. */
export type IdentifierKey = { kind: 'id_number'; index: string } | { kind: 'card'; cardNo: string };

/** What ingest needs of a patient: who they are for matching, and who hears about their reports. */
export interface IngestPatient {
  id: string;
  name: string;
  birthDate: string | null;
  selfAccountId: string | null;
}

/** What ingest needs of a live manager (patients' patient_managers row): whether they may read the record. */
export interface IngestManager {
  accountId: string;
  recordAccess: boolean;
}

/** Everything a batch reads before it writes, fetched in one round trip (readBatch). */
export interface BatchReads {
  byIdNumberIndex: Map<string, IngestPatient>;
  byCard: Map<string, IngestPatient>;
  /** Live managers of every patient found, oldest first. */
  managers: Map<string, IngestManager[]>;
  /** The batch's (facility, filler order) keys that have a report already (orderKeyText). */
  existingOrders: Set<string>;
  /** The batch's (facility, control id) pairs stored before (orderKeyText of the two): repeats. */
  storedMessages: Set<string>;
}

type Found = IngestPatient & { via: 'i' | 'c'; key: string };
type ReadRow = { patients: Found[]; managers: (IngestManager & { patientId: string })[]; existing: [string, string][]; repeats: [string, string][] };

/**
 * One statement for the batch's reads: the patients its PID identifiers point at (resident ID numbers through the
 * blind index, anything else as a medical card), those patients' live managers, which of its orders exist and
 * which of its messages were stored before.
 * The lists go in as one JSON parameter each, whatever the batch size; the answers come back as JSON columns.
 * With group commit a round trip is most of a small batch's time, so three queries became one. Prepared (planning
 * it took longer than running it); an earlier form, joins on the key lists, got a cached plan while `reports` was
 * nearly empty that scanned the whole table per batch once it had grown (7.6 million rows read in one bench run).
 */
export async function readBatch(
  tx: Executor,
  keys: IdentifierKey[],
  orders: { facility: string; fillerOrderNo: string }[],
  messages: { facility: string; messageId: string }[],
): Promise<BatchReads> {
  const indexes = [...new Set(keys.flatMap((k) => (k.kind === 'id_number' ? [k.index] : [])))];
  const cards = [...new Set(keys.flatMap((k) => (k.kind === 'card' ? [k.cardNo] : [])))];
  const [row] = await readStatement(tx, {
    indexes: JSON.stringify(indexes),
    cards: JSON.stringify(cards),
    orders: JSON.stringify(orders.map((o) => ({ f: o.facility, o: o.fillerOrderNo }))),
    messages: JSON.stringify(messages.map((m) => ({ f: m.facility, id: m.messageId }))),
  });
  const reads: BatchReads = { byIdNumberIndex: new Map(), byCard: new Map(), managers: new Map(), existingOrders: new Set(), storedMessages: new Set() };
  for (const { via, key, ...patient } of row!.patients) {
    (via === 'i' ? reads.byIdNumberIndex : reads.byCard).set(key, patient);
    reads.managers.set(patient.id, []);
  }
  for (const { patientId, accountId, recordAccess } of row!.managers) reads.managers.get(patientId)?.push({ accountId, recordAccess });
  for (const [facility, fillerOrderNo] of row!.existing) reads.existingOrders.add(orderKeyText(facility, fillerOrderNo));
  for (const [facility, messageId] of row!.repeats) reads.storedMessages.add(orderKeyText(facility, messageId));
  return reads;
}

// Every lookup is a LATERAL subquery per key (LIMIT / OFFSET 0 keep PostgreSQL from flattening it into a join), so
// its plan is an index probe per key whatever the tables' sizes were when the plan was cached. The key lists are
// JSON: PostgreSQL estimates a JSON list at 100 rows whether or not it sees the value, so it settles on the cached
// generic plan; from an array parameter it planned every run anew (custom plans: 12 of 12).
const readStatement = preparedStatement<ReadRow>(
  'reports_read_batch',
  sql`with found as (
        select 'i' as via, k.key, p.id, p.name, p.birth_date, p.self_account_id
          from jsonb_array_elements_text(${sql.placeholder('indexes')}::jsonb) as k(key)
          cross join lateral (select * from patients p where p.id_type = 'mainland_id' and p.id_number_index = k.key limit 1) p
        union all
        select 'c', k.key, p.id, p.name, p.birth_date, p.self_account_id
          from jsonb_array_elements_text(${sql.placeholder('cards')}::jsonb) as k(key)
          cross join lateral (select p.* from medical_cards c join patients p on p.id = c.patient_id where c.card_no = k.key limit 1) p)
      select
        (select coalesce(json_agg(json_build_object('via', via, 'key', key, 'id', id, 'name', name, 'birthDate', birth_date, 'selfAccountId', self_account_id)), '[]') from found) as patients,
        (select coalesce(json_agg(json_build_object('patientId', m.patient_id, 'accountId', m.account_id, 'recordAccess', m.record_access) order by m.created_at), '[]')
           from (select distinct id from found) f
           cross join lateral (select * from patient_managers m where m.patient_id = f.id and m.revoked_at is null offset 0) m) as managers,
        (select coalesce(json_agg(json_build_array(k.f, k.o)), '[]')
           from jsonb_to_recordset(${sql.placeholder('orders')}::jsonb) as k(f text, o text)
           cross join lateral (select 1 from reports r where r.sending_facility = k.f and r.filler_order_no = k.o limit 1) r) as existing,
        (select coalesce(json_agg(json_build_array(k.f, k.id)), '[]')
           from jsonb_to_recordset(${sql.placeholder('messages')}::jsonb) as k(f text, id text)
           cross join lateral (select 1 from report_inbound_messages m where m.sending_facility = k.f and m.message_id = k.id limit 1) m) as repeats`,
);
