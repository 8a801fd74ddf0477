import type { ZodType } from 'zod';
import { sessionTokensSchema } from '@xinglin/contracts';
import { getLang, translate } from '../locales';
import {
  errorText,
  normalizeBadResponse,
  normalizeHttpError,
  RequestError,
  toRequestError,
  type NormalizedError,
} from './api-error';
import { getFeedback } from './feedback';
import { clearSession, endReasonAfter401, getSession, saveSession } from './session';

/**
 * The one request module (ant-design-pro's requestErrorConfig): base /api/v1, bearer token,
 * one refresh-and-retry on 401, and one error handler that shows the server's own message.
 */
export const API_BASE = '/api/v1';

export interface RequestOptions<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined>;
  /** Validates the 2xx body; the result is typed from it. */
  schema?: ZodType<T>;
  /** Send the bearer token and refresh on 401 (default true). */
  auth?: boolean;
  /** Path prefix (default /api/v1); '' for /readyz and other root endpoints. */
  base?: string;
  /** The caller shows the error itself (e.g. the login form). */
  skipErrorHandler?: boolean;
  signal?: AbortSignal;
}

function buildUrl(path: string, base: string, query?: RequestOptions<unknown>['query']): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) search.set(key, String(value));
  }
  const qs = search.toString();
  return `${base}${path}${qs ? `?${qs}` : ''}`;
}

async function readBody(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function send(url: string, options: RequestOptions<unknown>, token: string | null): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  return fetch(url, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
    credentials: 'same-origin',
  });
}

let refreshing: Promise<boolean> | null = null;

/** Trades the refresh token for a new pair; concurrent 401s share one refresh. */
export function refreshSession(): Promise<boolean> {
  refreshing ??= (async () => {
    const refreshToken = getSession()?.refreshToken;
    if (!refreshToken) return false;
    const res = await send(`${API_BASE}/auth/refresh`, { method: 'POST', body: { refreshToken } }, null);
    if (!res.ok) return false;
    const parsed = sessionTokensSchema.safeParse(await readBody(res));
    if (!parsed.success) return false;
    saveSession(parsed.data);
    return true;
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** An access token about to expire is swapped before use, sparing a round trip and a 401. */
function accessTokenStale(): boolean {
  const expiresAt = getSession()?.accessTokenExpiresAt;
  return expiresAt !== undefined && Date.parse(expiresAt) - Date.now() < 10_000;
}

async function execute<T>(path: string, options: RequestOptions<T>): Promise<T> {
  const url = buildUrl(path, options.base ?? API_BASE, options.query);
  const useAuth = options.auth !== false;
  if (useAuth && accessTokenStale()) await refreshSession();
  let res = await send(url, options, useAuth ? (getSession()?.accessToken ?? null) : null);
  if (res.status === 401 && useAuth && getSession()) {
    const refreshed = await refreshSession();
    if (refreshed) res = await send(url, options, getSession()?.accessToken ?? null);
    if (res.status === 401) {
      const info = normalizeHttpError(401, await readBody(res), res.headers.get('x-request-id'));
      clearSession(endReasonAfter401(refreshed, info.code));
      throw new RequestError(info);
    }
  }
  const requestId = res.headers.get('x-request-id');
  if (!res.ok) throw new RequestError(normalizeHttpError(res.status, await readBody(res), requestId));
  if (res.status === 204) return undefined as T;
  const body = await readBody(res);
  if (!options.schema) return body as T;
  const parsed = options.schema.safeParse(body);
  if (!parsed.success) throw new RequestError(normalizeBadResponse(res.status, requestId, parsed.error.issues));
  return parsed.data;
}

/** The one error handler: the server's message in the UI language, with the request ID on 5xx. */
export function handleRequestError(info: NormalizedError): void {
  const feedback = getFeedback();
  // 401: the session has ended and the guard sends the user to the login page, which says so.
  if (!feedback || info.code === 'REQUEST_ABORTED' || info.statusCode === 401) return;
  const lang = getLang();
  const text = errorText(info, lang);
  if (info.statusCode >= 400 && info.statusCode < 500) {
    feedback.message.error({ content: text, key: info.code });
    return;
  }
  const requestId = info.requestId ? `${translate(lang, 'error.requestId')}: ${info.requestId}` : null;
  feedback.notification.error({
    title: translate(lang, 'error.title'),
    description: requestId ? `${text}（${requestId}）` : text,
    key: info.code,
  });
}

export async function request<T = unknown>(path: string, options: RequestOptions<T> = {}): Promise<T> {
  try {
    return await execute(path, options);
  } catch (error) {
    const failure = toRequestError(error);
    if (!options.skipErrorHandler) handleRequestError(failure.info);
    throw failure;
  }
}
