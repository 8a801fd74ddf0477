import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql, type ExtractTablesWithRelations, type SQL } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgDialect, PgQueryResultHKT, PgSession, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { migrationsFolder } from '../paths';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Repositories accept either; services pass the open transaction. */
export type Executor = Db | Tx;

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  migrate(): Promise<void>;
  close(): Promise<void>;
}


// Any constant works; it only has to be the same for every copy of the server.
const MIGRATION_LOCK_KEY = 7_243_001;

export interface DatabaseOptions {
  databaseUrl: string | undefined;
  dataDir: string;
  /** Tests use a throwaway in-memory PGlite. */
  inMemory?: boolean;
}

export function createDatabase(options: DatabaseOptions): Database {
  return options.databaseUrl ? createPostgres(options.databaseUrl) : createPglite(options);
}

function createPglite(options: DatabaseOptions): Database {
  let dataDir: string | undefined;
  if (!options.inMemory) {
    dataDir = path.join(options.dataDir, 'pglite');
    mkdirSync(dataDir, { recursive: true });
  }
  const client = new PGlite(dataDir);
  const db = drizzlePglite({ client, schema, casing: 'snake_case' });
  return {
    kind: 'pglite',
    db: db as unknown as Db,
    migrate: async () => {
      await migratePglite(db, { migrationsFolder });
    },
    close: () => client.close(),
  };
}

function createPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the database ends (restart, failover, an administrator) is dropped from the pool and the next
  // query opens a new one; without a listener its 'error' event would end the whole process.
  pool.on('error', () => undefined);
  const db = drizzleNodePg({ client: pool, schema, casing: 'snake_case' });
  return {
    kind: 'postgres',
    db: db as unknown as Db,
    // Several copies may start at once: one migrates, the others wait on the advisory lock.
    migrate: async () => {
      const conn = await pool.connect();
      try {
        await conn.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        await migrateNodePg(drizzleNodePg({ client: conn, casing: 'snake_case' }), { migrationsFolder });
      } finally {
        await conn.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
        conn.release();
      }
    },
    close: () => pool.end(),
  };
}

type Rows<T> = { rows: T[] };

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<T>(db: Executor, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as Rows<T>;
  return result.rows;
}

/**
 * A statement built once and run as a named prepared statement: on PostgreSQL it is parsed once per connection and,
 * after a few runs, planned once (a batch statement of several CTEs takes longer to plan than to run); drizzle
 * builds its text once, not on every run. Values go in through sql.placeholder(name) and the run's `values`. PGlite
 * runs it as an ordinary query.
 */
export function preparedStatement<T>(label: string, query: SQL): (db: Executor, values: Record<string, unknown>) => Promise<T[]> {
  let built: { sql: string; params: unknown[] } | undefined;
  let name = '';
  return async (db, values) => {
    // Drizzle's execute() has no name; its session's prepareQuery, which the query builders' .prepare(name) use, does.
    const inner = db as unknown as { session: PgSession; dialect: PgDialect };
    if (!built) {
      built = inner.dialect.sqlToQuery(query);
      name = `${label}_${createHash('sha1').update(built.sql).digest('hex').slice(0, 12)}`;
    }
    const result = (await inner.session.prepareQuery(built, undefined, name, false).execute(values)) as Rows<T>;
    return result.rows;
  };
}

/** The database answers, and every committed migration has been applied. */
export async function checkReadiness(db: Db, expectedMigrations: number): Promise<{ database: boolean; migrations: boolean }> {
  try {
    await queryRows(db, sql`select 1`);
  } catch {
    return { database: false, migrations: false };
  }
  try {
    const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    return { database: true, migrations: Number(row?.n ?? 0) >= expectedMigrations };
  } catch {
    return { database: true, migrations: false };
  }
}
