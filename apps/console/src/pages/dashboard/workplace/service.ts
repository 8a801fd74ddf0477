import { RequestError } from '../../../services/api-error';
import { request } from '../../../services/request';

export type Health = 'up' | 'down' | 'unknown';

export interface Readiness {
  api: Health;
  database: Health;
  migrations: Health;
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
 * Reads a /readyz answer: `{status: 'ready'|'not_ready', database: boolean, migrations: boolean}`
 * with 200 or 503. Readiness means "the database answers", so a 200 without details counts as
 * up; a reported field (top level or under `checks`) always wins.
 */
export function interpretReadiness(httpStatus: number, body: unknown, now = new Date()): Readiness {
  if (httpStatus === 0) return { api: 'down', database: 'unknown', migrations: 'unknown', checkedAt: now };
  const checks = field(body, 'checks');
  const report = (...keys: string[]) => healthOf(field(body, ...keys) ?? field(checks, ...keys));
  const ok = httpStatus >= 200 && httpStatus < 300;
  const fallback: Health = ok ? 'up' : httpStatus === 503 ? 'down' : 'unknown';
  return {
    api: httpStatus >= 500 && httpStatus !== 503 ? 'down' : 'up',
    database: report('database', 'db', 'postgres') ?? fallback,
    migrations: report('migrations') ?? (ok ? 'up' : 'unknown'),
    checkedAt: now,
  };
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
