import pg from 'pg';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { testConfig } from '../config';
import { createDatabase, queryRows } from './client';

const config = testConfig();

describe('database client', () => {
  // A PostgreSQL restart or failover ends the pool's idle connections; that must not end the server.
  it.skipIf(!config.databaseUrl)('survives the database ending an idle pooled connection, and the next query works', async () => {
    const database = createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    afterAll(() => database.close());
    const [{ pid }] = (await queryRows<{ pid: number }>(database.db, sql`select pg_backend_pid() as pid`)) as [{ pid: number }];
    const admin = new pg.Client({ connectionString: config.databaseUrl });
    await admin.connect();
    await admin.query('select pg_terminate_backend($1)', [pid]);
    await admin.end();
    await new Promise((resolve) => setTimeout(resolve, 300)); // the idle client receives the FATAL and errors
    const [row] = await queryRows<{ one: number }>(database.db, sql`select 1 as one`);
    expect(row).toEqual({ one: 1 });
  });
});
