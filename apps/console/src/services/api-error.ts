import { apiErrorSchema } from '@xinglin/contracts';
import type { Lang } from '../locales';

/**
 * Pure error normalisation (no browser, no antd): whatever came back — the server's error
 * shape, a proxy's HTML page, nothing at all — becomes one NormalizedError that the single
 * error handler in request.ts can show. Tested in api-error.test.ts.
 */
export interface NormalizedError {
  /** HTTP status; 0 when the request never got an answer. */
  statusCode: number;
  code: string;
  messageZh: string;
  messageEn: string;
  requestId: string | null;
  details?: unknown;
}

export class RequestError extends Error {
  constructor(readonly info: NormalizedError) {
    super(`${info.code}: ${info.messageEn}`);
    this.name = 'RequestError';
  }
  get statusCode() {
    return this.info.statusCode;
  }
  get code() {
    return this.info.code;
  }
}

type Text = { zh: string; en: string };

const byStatus: Record<number, Text> = {
  400: { zh: '请求参数有误', en: 'The request was not valid' },
  401: { zh: '登录已过期，请重新登录', en: 'Your session has expired. Please sign in again.' },
  403: { zh: '没有权限执行此操作', en: 'You are not allowed to do this' },
  404: { zh: '请求的资源不存在', en: 'The requested resource was not found' },
  409: { zh: '数据已被修改，请刷新后重试', en: 'The data changed meanwhile. Refresh and try again.' },
  413: { zh: '提交的内容过大', en: 'The request is too large' },
  429: { zh: '操作过于频繁，请稍后再试', en: 'Too many requests. Please wait a moment.' },
};
const serverDown: Text = { zh: '服务暂时不可用，请稍后重试', en: 'The service is temporarily unavailable. Please try again later.' };
const serverFault: Text = { zh: '服务器内部错误，请稍后重试', en: 'The server ran into a problem. Please try again later.' };
const otherFault: Text = { zh: '请求失败', en: 'The request failed' };

function fallbackText(status: number): Text {
  if (byStatus[status]) return byStatus[status];
  if (status === 502 || status === 503 || status === 504) return serverDown;
  if (status >= 500) return serverFault;
  return otherFault;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An HTTP answer that was not a success. `body` is the parsed JSON, or the raw text, or null. */
export function normalizeHttpError(status: number, body: unknown, requestIdHeader?: string | null): NormalizedError {
  const parsed = apiErrorSchema.safeParse(body);
  if (parsed.success) {
    const { statusCode, code, messageZh, messageEn, requestId, details } = parsed.data;
    return { statusCode: statusCode || status, code, messageZh, messageEn, requestId, details };
  }
  const text = fallbackText(status);
  const record = isRecord(body) ? body : {};
  const code = typeof record.code === 'string' && record.code ? record.code : `HTTP_${status}`;
  const requestId = typeof record.requestId === 'string' ? record.requestId : (requestIdHeader ?? null);
  // A body in another shape (e.g. /readyz's 503) is kept for the caller but never shown.
  const details = isRecord(body) ? body : undefined;
  return { statusCode: status, code, messageZh: text.zh, messageEn: text.en, requestId, details };
}

/** The request never got an answer (offline, DNS, CORS, aborted). */
export function normalizeNetworkError(cause: unknown): NormalizedError {
  const aborted = isRecord(cause) && cause.name === 'AbortError';
  return {
    statusCode: 0,
    code: aborted ? 'REQUEST_ABORTED' : 'NETWORK_ERROR',
    messageZh: aborted ? '请求已取消' : '网络连接失败，请检查网络后重试',
    messageEn: aborted ? 'The request was cancelled' : 'Network error. Check your connection and try again.',
    requestId: null,
  };
}

/** A 2xx answer whose body did not match the contract: a client/server version skew. */
export function normalizeBadResponse(status: number, requestId: string | null, details?: unknown): NormalizedError {
  return {
    statusCode: status,
    code: 'BAD_RESPONSE',
    messageZh: '服务器返回的数据格式不正确，请刷新页面后重试',
    messageEn: 'The server sent data in an unexpected format. Refresh the page and try again.',
    requestId,
    details,
  };
}

/** Anything thrown while making a request, turned into a RequestError. */
export function toRequestError(error: unknown): RequestError {
  if (error instanceof RequestError) return error;
  return new RequestError(normalizeNetworkError(error));
}

/** The text the user sees: messageZh, or messageEn when the UI is in English. */
export function errorText(info: NormalizedError, lang: Lang): string {
  return lang === 'en-US' ? info.messageEn : info.messageZh;
}
