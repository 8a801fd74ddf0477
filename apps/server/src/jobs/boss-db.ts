// pg-boss runs every statement through one of these, so it uses the server's own database: the PGlite instance
// (which has a single connection) or the PostgreSQL pool. Nothing opens a second connection.
import type { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import type pg from 'pg';
import { queryRows, type Database, type Tx } from '../db/client';

type Rows = { rows: unknown[] };

/** The driver client drizzle was built on (drizzle keeps it as `$client`). */
function driverClient(database: Database): unknown {
  const client = (database.db as unknown as { $client?: unknown }).$client;
  if (!client) throw new Error('jobs: the database has no driver client');
  return client;
}

export function bossDbFor(database: Database): PgBoss.Db {
  if (database.kind === 'postgres') {
    const pool = driverClient(database) as pg.Pool;
    return { executeSql: (text, values) => pool.query(text, values) as Promise<Rows> };
  }
  const client = driverClient(database) as PGlite;
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) return client.query(text, values);
      // pg-boss's schema and maintenance scripts are several statements; only `exec` runs those on PGlite.
      const results = await client.exec(text);
      return results.at(-1) ?? { rows: [] };
    },
  };
}

/**
 * pg-boss SQL with $1…$n placeholders as a drizzle query, so it runs on the caller's open transaction whatever
 * the driver. Only statements with parameters come through here (pg-boss's send/insert).
 */
export function toDrizzleSql(text: string, values: readonly unknown[] = []): SQL {
  const parts = text.split(/\$(\d+)/);
  const chunks: SQL[] = [];
  parts.forEach((part, i) => {
    if (i % 2 === 0) chunks.push(sql.raw(part));
    // drizzle renders an undefined interpolation as nothing at all; pg-boss means SQL NULL.
    else chunks.push(sql`${values[Number(part) - 1] ?? null}`);
  });
  return sql.join(chunks);
}

/** A pg-boss `db` that runs on the caller's transaction: the job exists iff the transaction commits. */
export function bossDbForTx(tx: Tx): PgBoss.Db {
  return { executeSql: async (text, values) => ({ rows: await queryRows(tx, toDrizzleSql(text, values)) }) };
}
