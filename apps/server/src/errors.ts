/**
 * The one error type. Services throw AppError; src/http/error-handler.ts is the only place
 * that turns errors into HTTP responses.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly statusCode: number,
    readonly messageZh: string,
    readonly messageEn: string,
    readonly details?: unknown,
  ) {
    super(messageEn);
    this.name = 'AppError';
  }
}

export const badRequest = (code: string, zh: string, en: string, details?: unknown) =>
  new AppError(code, 400, zh, en, details);

export const unauthorized = (code: string, zh: string, en: string) => new AppError(code, 401, zh, en);

export const forbidden = (zh = '没有权限执行此操作', en = 'You are not allowed to do this') =>
  new AppError('FORBIDDEN', 403, zh, en);

/** Out-of-scope and missing records look the same, so nobody learns what exists. */
export const notFound = (what = { zh: '记录', en: 'Record' }) =>
  new AppError('NOT_FOUND', 404, `${what.zh}不存在`, `${what.en} not found`);

export const conflict = (code: string, zh: string, en: string, details?: unknown) =>
  new AppError(code, 409, zh, en, details);

export const tooManyRequests = (code: string, zh: string, en: string, retryAfterSeconds: number) =>
  new AppError(code, 429, zh, en, { retryAfterSeconds });

export const serviceUnavailable = (code: string, zh: string, en: string) => new AppError(code, 503, zh, en);
