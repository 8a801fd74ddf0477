import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { queryRows, type Executor } from './client';

/**
 * Many rows in one statement with one parameter: the rows as a JSON array, unpacked by jsonb_to_recordset.
 * Drizzle's multi-row insert builds one parameter per value (9 observations × 17 columns per message), and that
 * query building was the largest CPU cost of a batch; JSON.stringify is native. Keys are the table's property names
 * (camelCase), columns the snake_case names the project's casing gives them; a JSON array fills a text[] column.
 */
export function bulkInsert<T extends PgTable>(table: T, rows: T['$inferInsert'][], tail: SQL = sql``, options: RecordsetOptions = {}): SQL | null {
  if (rows.length === 0 && !options.columns) return null;
  return recordsetInsert(table, sql`${jsonRows(rows)}`, tail, { ...options, columns: options.columns ?? Object.keys(rows[0] as object) });
}

/**
 * bulkInsert reading its rows from `source`, a JSON array: a parameter, or a placeholder (sql.placeholder) of a
 * statement built once (db/client.ts preparedStatement) and given jsonRows(rows) on each run.
 */
export function recordsetInsert<T extends PgTable>(table: T, source: SQL, tail: SQL, options: RecordsetOptions & { columns: string[] }): SQL {
  const keys = options.columns;
  const cacheKey = `${keys.join(',')}|${Object.entries(options.extra ?? {}).join(',')}`;
  const shapes = (shapeCache.get(table) ?? shapeCache.set(table, new Map()).get(table))!;
  let shape = shapes.get(cacheKey);
  if (!shape) {
    const columns = Object.entries(getTableColumns(table)).filter(([key]) => keys.includes(key));
    shape = {
      target: sql.raw(columns.map(([key]) => `"${snake(key)}"`).join(', ')),
      fields: sql.raw(columns.map(([key]) => `r."${key}"`).join(', ')),
      recordset: sql.raw([...columns.map(([key, column]) => `"${key}" ${column.getSQLType()}`), ...Object.entries(options.extra ?? {}).map(([key, type]) => `"${key}" ${type}`)].join(', ')),
      table: sql.raw(`"${getTableName(table)}"`),
    };
    shapes.set(cacheKey, shape);
  }
  const where = options.where ? sql`where ${options.where}` : sql``;
  return sql`insert into ${shape.table} (${shape.target}) select ${shape.fields} from jsonb_to_recordset(${source}::jsonb) as r(${shape.recordset}) ${where} ${tail}`;
}

/** The column lists of a table for a set of keys: built once, not for every batch. */
const shapeCache = new WeakMap<PgTable, Map<string, { target: SQL; fields: SQL; recordset: SQL; table: SQL }>>();

/**
 * `extra`: keys of the rows that are not columns of the table, by SQL type, readable in `where` as r."key" (e.g. the
 * message a row belongs to, so that a statement inserts only the rows of the messages it claimed).
 */
export interface RecordsetOptions {
  /** The table's keys to insert (default: those of the first row); with it, no rows still makes a statement. */
  columns?: string[];
  extra?: Record<string, string>;
  where?: SQL;
}

/**
 * JSON.stringify writes a lone UTF-16 surrogate (possible in a FHIR body, never in decoded HL7) as an escape jsonb
 * refuses; a parameter would have carried it as U+FFFD, so it becomes that here too.
 */
export function jsonRows(rows: unknown[]): string {
  const json = JSON.stringify(rows);
  // Well-formed JSON.stringify writes a lone surrogate in lower case (\udXXX); one scan finds any.
  return json.includes('\\ud') ? json.replace(/(?<!\\)((?:\\\\)*)\\ud[89a-f][0-9a-f]{2}/gi, '$1\\ufffd') : json;
}

export async function bulkInsertRows<R>(tx: Executor, query: SQL | null): Promise<R[]> {
  return query ? queryRows<R>(tx, query) : [];
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
