import { randomInt, randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../config';
import { createDatabase, type Executor } from '../../db/client';
import { examCapacity, examPackages, vaccineCapacity, vaccines } from '../exams/tables';
import * as capacity from './engine';

/**
 * The engine on real tables: exam-package day rows (keyed by id) and vaccine day rows (keyed by vaccine + date).
 * Runs on PGlite, or on the PostgreSQL named by DATABASE_URL, where the racing takers really run at once.
 */
const config = testConfig();
const database = createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, inMemory: true });
const db = database.db;
const examDay = capacity.idCounter({ table: examCapacity, id: examCapacity.id, booked: examCapacity.booked, capacity: examCapacity.capacity });
const vaccineDay = capacity.counter({
  table: vaccineCapacity,
  booked: vaccineCapacity.booked,
  capacity: vaccineCapacity.capacity,
  row: (k: { vaccineId: string; date: string }) => and(eq(vaccineCapacity.vaccineId, k.vaccineId), eq(vaccineCapacity.date, k.date))!,
  order: (k) => `${k.vaccineId}/${k.date}`,
});

beforeAll(() => database.migrate());
afterAll(() => database.close());

// A far-future day nobody else's test uses, so a shared PostgreSQL is fine.
const someDay = () => `2099-${String(randomInt(1, 13)).padStart(2, '0')}-${String(randomInt(1, 29)).padStart(2, '0')}`;

/** Fresh counter rows (one new, inactive exam package each, so no listing shows them), with these capacities. */
async function examRows(...capacities: number[]): Promise<string[]> {
  const date = someDay();
  const ids: string[] = [];
  for (const c of capacities) {
    const [pkg] = await db.insert(examPackages).values({ code: `cap-${randomUUID()}`, name: '容量测试', items: [{ name: '血常规' }], priceFen: 0, active: false }).returning();
    const [row] = await db.insert(examCapacity).values({ date, packageId: pkg!.id, capacity: c }).returning();
    ids.push(row!.id);
  }
  return ids;
}

async function counts(ids: string[]) {
  const rows = await db.select().from(examCapacity).where(inArray(examCapacity.id, ids));
  return ids.map((id) => {
    const r = rows.find((x) => x.id === id)!;
    return { booked: r.booked, capacity: r.capacity };
  });
}

class Full extends Error {}

/** A booking-like transaction: take the places, then some more work; a refusal throws and rolls everything back. */
const taker = (ids: string[]) =>
  db
    .transaction(async (tx: Executor) => {
      if ((await capacity.take(tx, examDay, ids)) === 'full') throw new Full();
      await tx.select().from(examCapacity).where(inArray(examCapacity.id, ids));
      return true;
    })
    .catch((e: unknown) => {
      if (e instanceof Full) return false;
      throw e;
    });

describe('capacity engine', () => {
  it('gives exactly the places left to 50 racing takers of two rows, whatever order each names them in', async () => {
    const [a, b] = await examRows(5, 8);
    // Half name the rows one way round, half the other: the engine's one order is what keeps them from deadlocking.
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => taker(i % 2 ? [a!, b!] : [b!, a!])));
    expect(results.filter(Boolean)).toHaveLength(5);
    expect(await counts([a!, b!])).toEqual([
      { booked: 5, capacity: 5 },
      { booked: 5, capacity: 8 },
    ]);
  });

  it('takes nothing when the second row is full, even if the caller carries on', async () => {
    // `a` is taken first (the engine's order), so refusing at `b` must undo a place already taken.
    const [a, b] = (await examRows(3, 3)).sort();
    await db.update(examCapacity).set({ capacity: 1 }).where(eq(examCapacity.id, b!));
    await db.transaction(async (tx) => {
      expect(await capacity.take(tx, examDay, [a!, b!])).toBe('ok');
      expect(await capacity.take(tx, examDay, [a!, b!])).toBe('full');
      // The refusal undid its own take of the free row, and the transaction is still usable.
      expect(await capacity.state(tx, examDay, [a!])).toBe('open');
    });
    expect(await counts([a!, b!])).toEqual([
      { booked: 1, capacity: 3 },
      { booked: 1, capacity: 1 },
    ]);
    expect(await db.transaction((tx) => capacity.isFull(tx, examDay, [a!]))).toBe(false);
    expect(await db.transaction((tx) => capacity.isFull(tx, examDay, [a!, b!]))).toBe(true);
  });

  it('refuses a row that does not exist', async () => {
    const [a] = await examRows(3);
    // Sorts after every real id, so the free row is taken first and must be undone.
    const missing = 'ffffffff-ffff-4fff-bfff-ffffffffffff';
    expect(await db.transaction((tx) => capacity.take(tx, examDay, [a!, missing]))).toBe('full');
    expect(await db.transaction((tx) => capacity.state(tx, examDay, [a!, missing]))).toBe('missing');
    expect(await counts([a!])).toEqual([{ booked: 0, capacity: 3 }]);
  });

  it('gives back one place per row and never below 0', async () => {
    const [a, b] = await examRows(2, 2);
    await db.transaction((tx) => capacity.take(tx, examDay, [a!, b!]));
    await db.transaction(async (tx) => {
      await capacity.giveBack(tx, examDay, [a!, b!]);
      await capacity.giveBack(tx, examDay, [b!]);
    });
    expect(await counts([a!, b!])).toEqual([
      { booked: 0, capacity: 2 },
      { booked: 0, capacity: 2 },
    ]);
  });

  it('refuses to set or shrink capacity below the places booked, as an answer', async () => {
    const [a] = await examRows(4);
    await db.transaction(async (tx) => {
      await capacity.take(tx, examDay, [a!]);
      await capacity.take(tx, examDay, [a!]);
    });
    await db.transaction(async (tx) => {
      expect(await capacity.setCapacity(tx, examDay, a!, 1)).toEqual({ ok: false, reason: 'below_booked' });
      expect(await capacity.addPlaces(tx, examDay, a!, -3)).toEqual({ ok: false, reason: 'below_booked' });
      expect(await capacity.setCapacity(tx, examDay, randomUUID(), 9)).toEqual({ ok: false, reason: 'missing' });
    });
    expect(await counts([a!])).toEqual([{ booked: 2, capacity: 4 }]);
    const set = await db.transaction((tx) => capacity.setCapacity(tx, examDay, a!, 2));
    expect(set.ok && { booked: set.row.booked, capacity: set.row.capacity }).toEqual({ booked: 2, capacity: 2 });
    const added = await db.transaction((tx) => capacity.addPlaces(tx, examDay, a!, 3));
    expect(added.ok && added.row.capacity).toBe(5);
  });

  it('keeps rows named by several columns (a vaccine and a day) the same way', async () => {
    const [v] = await db.insert(vaccines).values({ code: `cap-${randomUUID()}`, name: '容量测试', manufacturer: '测试', doses: 1, priceFen: 0, active: false }).returning();
    const key = { vaccineId: v!.id, date: someDay() };
    expect(await db.transaction((tx) => capacity.state(tx, vaccineDay, [key]))).toBe('missing');
    await db.insert(vaccineCapacity).values({ ...key, capacity: 2 });
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => db.transaction((tx) => capacity.take(tx, vaccineDay, [key]))));
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(2);
    expect(await db.transaction((tx) => capacity.isFull(tx, vaccineDay, [key]))).toBe(true);
    await db.transaction((tx) => capacity.giveBack(tx, vaccineDay, [key]));
    expect(await db.transaction((tx) => capacity.state(tx, vaccineDay, [key]))).toBe('open');
  });
});
