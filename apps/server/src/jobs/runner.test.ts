import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { testConfig } from '../config';
import { createDatabase, queryRows } from '../db/client';
import { toDrizzleSql } from './boss-db';
import { createJobRegistry } from './registry';
import { startJobRunner, type JobRunner } from './runner';

const silent = { info: () => undefined, error: () => undefined };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Queue names unique per run: CI shares one PostgreSQL (and so one pgboss schema) between test files. */
const unique = (name: string) => `${name}-${randomUUID().slice(0, 8)}`;

async function until(check: () => boolean, ms = 8000) {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await sleep(100);
  return check();
}

describe('job runner (pg-boss on the server database)', async () => {
  const config = testConfig();
  const database = createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, inMemory: true });
  await database.migrate();
  const runners: JobRunner[] = [];
  afterAll(async () => {
    for (const r of runners) await r.stop();
    await database.close();
  });

  it('runs an interval job once per tick in total, however many copies of the server run it', async () => {
    const name = unique('tick');
    const runs: number[] = [];
    // Two "copies" with their own registries share one database, as N servers share PostgreSQL.
    for (let copy = 0; copy < 2; copy++) {
      const registry = createJobRegistry();
      registry.registerJob(name, 2, async () => runs.push(Date.now()));
      runners.push(await startJobRunner({ database, registry, log: silent, pollingIntervalSeconds: 0.5 }));
    }
    const started = Date.now();
    expect(await until(() => runs.length >= 2)).toBe(true);
    await sleep(2500);
    const elapsedTicks = (Date.now() - started) / 2000;
    // Each copy proposes every tick; without the per-bucket dedupe there would be about twice as many runs.
    expect(runs.length).toBeLessThanOrEqual(Math.ceil(elapsedTicks) + 1);
    const [jobs] = await queryRows<{ n: number; buckets: number }>(
      database.db,
      sql`select count(*)::int as n, count(distinct singleton_on)::int as buckets from pgboss.job where name = ${name}`,
    );
    expect(jobs!.n).toBe(jobs!.buckets);
  });

  it('queues a one-off job inside a transaction: it runs iff the transaction commits', async () => {
    const name = unique('once');
    const seen: unknown[] = [];
    const registry = createJobRegistry();
    registry.registerJob(name, null, async (data) => seen.push(data));
    runners.push(await startJobRunner({ database, registry, log: silent, pollingIntervalSeconds: 0.5 }));
    await expect(
      database.db.transaction(async (tx) => {
        await registry.send(name, { n: 1 }, { tx });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await database.db.transaction(async (tx) => {
      await registry.send(name, { n: 2 }, { tx });
    });
    expect(await until(() => seen.length >= 1)).toBe(true);
    await sleep(1500);
    expect(seen).toEqual([{ n: 2 }]);
  });

  it('refuses bad registrations and sending before the runner starts', async () => {
    const registry = createJobRegistry();
    expect(() => registry.registerJob('Bad Name', 10, async () => 0)).toThrow();
    expect(() => registry.registerJob('ok-name', 0, async () => 0)).toThrow();
    registry.registerJob('ok-name', 10, async () => 0);
    expect(() => registry.registerJob('ok-name', 10, async () => 0)).toThrow('twice');
    await expect(registry.send('ok-name')).rejects.toThrow('has not started');
  });

  it('turns pg-boss placeholders into drizzle parameters, repeated ones included', () => {
    const q = toDrizzleSql('select $1::int + $2::int as a, $1::int as b', [40, 2]);
    return database.db.transaction(async (tx) => {
      const [row] = await queryRows<{ a: number; b: number }>(tx, q);
      expect(row).toEqual({ a: 42, b: 40 });
    });
  });
});
