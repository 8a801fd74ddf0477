import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { queryRows } from '../db/client';
import { fieldContext, type Protection } from './protection';

/** Every encrypted column, with how its AAD context is built from the row. Add new columns here. */
export const ENCRYPTED_COLUMNS: { table: string; column: string; key: string[]; context: (row: Record<string, string>) => string }[] = [
  { table: 'accounts', column: 'phone_enc', key: ['id'], context: (r) => fieldContext('accounts', 'phone', r.id!) },
  { table: 'staff_users', column: 'totp_secret_enc', key: ['id'], context: (r) => fieldContext('staff_users', 'totp_secret', r.id!) },
  { table: 'patients', column: 'id_number_enc', key: ['id'], context: (r) => fieldContext('patients', 'id_number', r.id!) },
  { table: 'patients', column: 'phone_enc', key: ['id'], context: (r) => fieldContext('patients', 'phone', r.id!) },
  { table: 'family_invitations', column: 'id_number_enc', key: ['id'], context: (r) => fieldContext('family_invitations', 'id_number', r.id!) },
  { table: 'family_invitations', column: 'phone_enc', key: ['id'], context: (r) => fieldContext('family_invitations', 'phone', r.id!) },
  { table: 'health_records', column: 'content_enc', key: ['patient_id'], context: (r) => fieldContext('health_records', 'content', r.patient_id!) },
  {
    table: 'health_record_versions',
    column: 'snapshot_enc',
    key: ['id'],
    context: (r) => fieldContext('health_record_versions', 'snapshot', `${r.patient_id}:${r.version}`),
  },
];

export interface RotationReport {
  activeKeyId: string;
  rotated: Record<string, number>;
  total: number;
}

/**
 * Re-encrypts every value not yet under the active key, in small batches, each its own transaction, while the
 * server keeps running: readers decrypt with whichever key a value names, and each update is a compare-and-set
 * on the old ciphertext, so a value rewritten meanwhile by the application is left as it is.
 */
export async function rotateKeys(db: Db, protection: Protection, activeKeyId: string, batchSize = 200): Promise<RotationReport> {
  const rotated: Record<string, number> = {};
  const prefix = `v1.${activeKeyId}.%`;
  for (const spec of ENCRYPTED_COLUMNS) {
    const name = `${spec.table}.${spec.column}`;
    rotated[name] = 0;
    const t = sql.raw(`"${spec.table}"`);
    const c = sql.raw(`"${spec.column}"`);
    const extra = spec.table === 'health_record_versions' ? sql.raw(', patient_id::text as patient_id, version::text as version') : sql.raw('');
    const keys = sql.raw(spec.key.map((k) => `${k}::text as ${k}`).join(', '));
    let afterKey = '';
    for (;;) {
      const batch = await db.transaction(async (tx) => {
        const rows = await queryRows<Record<string, string>>(
          tx,
          sql`select ${keys}${extra}, ${c} as value from ${t} where ${c} is not null and ${c} not like ${prefix} and ${sql.raw(spec.key[0]!)}::text > ${afterKey} order by ${sql.raw(spec.key[0]!)}::text limit ${batchSize}`,
        );
        for (const row of rows) {
          const next = protection.cipher.rotate(row.value!, spec.context(row));
          const count = await queryRows(tx, sql`update ${t} set ${c} = ${next} where ${sql.raw(spec.key[0]!)}::text = ${row[spec.key[0]!]} and ${c} = ${row.value} returning 1`);
          rotated[name]! += count.length;
        }
        return rows;
      });
      if (batch.length < batchSize) break;
      afterKey = batch[batch.length - 1]![spec.key[0]!]!;
    }
  }
  return { activeKeyId, rotated, total: Object.values(rotated).reduce((a, b) => a + b, 0) };
}
