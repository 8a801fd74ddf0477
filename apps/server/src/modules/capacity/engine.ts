import { and, eq, getTableColumns, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';

/**
 * The one capacity engine: places as `booked ≤ capacity` counters on rows of any table (clinic slots, exam-package
 * days, the exam centre's day, vaccine days). Every change is a conditional UPDATE whose WHERE is the whole guard,
 * never read-then-write, so racing requests cannot oversell on one connection (PGlite) or on many (PostgreSQL).
 * The tables keep their `booked >= 0 and booked <= capacity` check constraints as the last line.
 */
export interface Counter<T extends PgTable, K> {
  table: T;
  booked: PgColumn;
  capacity: PgColumn;
  /** The WHERE naming the one row a key stands for. */
  row(key: K): SQL;
  /** Rows are always taken in ascending order of this string, so two takers never wait on each other in a cycle. */
  order(key: K): string;
  /** The table's property names of `booked` and `capacity`, for Drizzle's `.set()`. */
  keys: { booked: string; capacity: string };
}

export type Taken = 'ok' | 'full';
export type RowState = 'missing' | 'full' | 'open';
export type Resized<R> = { ok: true; row: R } | { ok: false; reason: 'missing' | 'below_booked' };

function propertyOf(table: PgTable, column: PgColumn): string {
  const found = Object.entries(getTableColumns(table)).find(([, c]) => c === column);
  if (!found) throw new Error(`column ${column.name} is not a column of this table`);
  return found[0];
}

/** A counter on rows named by their key columns (e.g. vaccine + date). */
export function counter<T extends PgTable, K>(spec: Omit<Counter<T, K>, 'keys'>): Counter<T, K> {
  return { ...spec, keys: { booked: propertyOf(spec.table, spec.booked), capacity: propertyOf(spec.table, spec.capacity) } };
}

/** A counter on rows named by one id column: `idCounter({ table: slots, id: slots.id, booked: slots.booked, capacity: slots.capacity })`. */
export function idCounter<T extends PgTable>(spec: { table: T; id: PgColumn; booked: PgColumn; capacity: PgColumn }): Counter<T, string> {
  return counter({ table: spec.table, booked: spec.booked, capacity: spec.capacity, row: (id: string) => eq(spec.id, id), order: (id) => id });
}

/** Distinct keys in the one fixed order. */
function inOrder<K>(c: Counter<PgTable, K>, keys: K[]): K[] {
  const byOrder = new Map(keys.map((k) => [c.order(k), k]));
  return [...byOrder.keys()].sort().map((o) => byOrder.get(o)!);
}

const setOf = <T extends PgTable>(values: Record<string, SQL | number>) => values as PgUpdateSetSource<T>;

async function takeOne<T extends PgTable, K>(tx: Executor, c: Counter<T, K>, key: K): Promise<boolean> {
  const rows = await tx
    .update(c.table)
    .set(setOf<T>({ [c.keys.booked]: sql`${c.booked} + 1` }))
    .where(and(c.row(key), lt(c.booked, c.capacity)))
    .returning({ one: sql<number>`1` });
  return rows.length === 1;
}

class Refused extends Error {}

/**
 * Takes one place from each named row, all or nothing: 'full' when any row is full or missing, and then none is
 * taken. One row is one statement; several run in a savepoint, so a refusal also lets go of the rows already locked.
 */
export async function take<T extends PgTable, K>(tx: Executor, c: Counter<T, K>, keys: K[]): Promise<Taken> {
  const ordered = inOrder(c, keys);
  if (ordered.length === 0) return 'full';
  if (ordered.length === 1) return (await takeOne(tx, c, ordered[0]!)) ? 'ok' : 'full';
  try {
    await tx.transaction(async (sp) => {
      for (const key of ordered) if (!(await takeOne(sp, c, key))) throw new Refused();
    });
    return 'ok';
  } catch (e) {
    if (e instanceof Refused) return 'full';
    throw e;
  }
}

/** Gives one place back to each named row; a counter never goes below 0 (a repeated give-back changes nothing more). */
export async function giveBack<T extends PgTable, K>(tx: Executor, c: Counter<T, K>, keys: K[]): Promise<void> {
  for (const key of inOrder(c, keys)) {
    await tx
      .update(c.table)
      .set(setOf<T>({ [c.keys.booked]: sql`greatest(${c.booked} - 1, 0)` }))
      .where(c.row(key));
  }
}

async function resize<T extends PgTable, K>(tx: Executor, c: Counter<T, K>, key: K, to: SQL): Promise<Resized<T['$inferSelect']>> {
  const rows = (await tx
    .update(c.table)
    .set(setOf<T>({ [c.keys.capacity]: to }))
    .where(and(c.row(key), gte(to, c.booked)))
    .returning()) as unknown as T['$inferSelect'][];
  if (rows[0]) return { ok: true, row: rows[0] };
  return { ok: false, reason: (await state(tx, c, [key])) === 'missing' ? 'missing' : 'below_booked' };
}

/** 加号 and its opposite: capacity + places, refused (an answer, not an error) if that would fall below booked. */
export const addPlaces = <T extends PgTable, K>(tx: Executor, c: Counter<T, K>, key: K, places: number) =>
  resize(tx, c, key, sql`${c.capacity} + ${places}`);

/** Sets the places, refused (an answer, not an error) below those already booked. */
export const setCapacity = <T extends PgTable, K>(tx: Executor, c: Counter<T, K>, key: K, capacity: number) =>
  resize(tx, c, key, sql`${capacity}::int`);

/** A plain read: 'missing' if a named row does not exist, else 'full' if any is full. Only `take` decides. */
export async function state<T extends PgTable, K>(tx: Executor, c: Counter<T, K>, keys: K[]): Promise<RowState> {
  const ordered = inOrder(c, keys);
  if (ordered.length === 0) return 'missing';
  const rows = await tx
    .select({ full: sql<boolean>`${c.booked} >= ${c.capacity}` })
    .from(c.table as PgTable)
    .where(or(...ordered.map((k) => c.row(k))));
  if (rows.length < ordered.length) return 'missing';
  return rows.some((r) => r.full) ? 'full' : 'open';
}

/** The fast "sold out" answer from a plain read, before the hot rows are touched. */
export const isFull = async <T extends PgTable, K>(tx: Executor, c: Counter<T, K>, keys: K[]) => (await state(tx, c, keys)) === 'full';
