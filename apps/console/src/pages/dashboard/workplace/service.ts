import { RequestError } from '../../../services/api-error';
import { request } from '../../../services/request';

export type Health = 'up' | 'down' | 'unknown';

export interface Readiness {
  api: Health;
  database: Health;
  checkedAt: Date;
}

function healthOf(value: unknown): Health | null {
  if (value === true) return 'up';
  if (value === false) return 'down';
  if (typeof value === 'string') {
    const v = value.toLowerCase();
    if (['up', 'ok', 'ready', 'healthy', 'pass'].includes(v)) return 'up';
    if (['down', 'error', 'fail', 'unhealthy', 'unavailable'].includes(v)) return 'down';
  }
  if (typeof value === 'object' && value !== null && 'status' in value) return healthOf(value.status);
  return null;
}

function field(body: unknown, ...keys: string[]): unknown {
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  for (const key of keys) if (key in record) return record[key];
  return undefined;
}

/**
 * Reads a /readyz answer. Readiness means "the database answers", so an HTTP 200 without a
 * database field still counts as up; a database field (top level or under `checks`) wins.
 */
export function interpretReadiness(httpStatus: number, body: unknown, now = new Date()): Readiness {
  if (httpStatus === 0) return { api: 'down', database: 'unknown', checkedAt: now };
  const reported = healthOf(field(body, 'database', 'db', 'postgres') ?? field(field(body, 'checks'), 'database', 'db'));
  const fallback: Health = httpStatus >= 200 && httpStatus < 300 ? 'up' : httpStatus === 503 ? 'down' : 'unknown';
  const api: Health = httpStatus >= 500 && httpStatus !== 503 ? 'down' : 'up';
  return { api, database: reported ?? fallback, checkedAt: now };
}

/** GET /readyz (outside /api/v1, no token). Failures are shown in the card, not as toasts. */
export async function fetchReadiness(): Promise<Readiness> {
  try {
    const body = await request('/readyz', { base: '', auth: false, skipErrorHandler: true });
    return interpretReadiness(200, body);
  } catch (error) {
    const status = error instanceof RequestError ? error.statusCode : 0;
    return interpretReadiness(status, error instanceof RequestError ? error.info.details : undefined);
  }
}
