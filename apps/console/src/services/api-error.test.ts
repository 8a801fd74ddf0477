import { describe, expect, it } from 'vitest';
import {
  errorText,
  normalizeBadResponse,
  normalizeHttpError,
  normalizeNetworkError,
  RequestError,
  toRequestError,
} from './api-error';

const serverError = {
  statusCode: 401,
  code: 'AUTH_INVALID_CREDENTIALS',
  messageZh: '用户名或密码错误',
  messageEn: 'Wrong username or password',
  requestId: 'req-42',
};

describe('normalizeHttpError', () => {
  it('keeps the server error shape as it is', () => {
    expect(normalizeHttpError(401, serverError)).toEqual({ ...serverError, details: undefined });
  });

  it('keeps details (e.g. validation issues)', () => {
    const details = { fields: { username: 'required' } };
    const info = normalizeHttpError(400, { ...serverError, statusCode: 400, code: 'VALIDATION', details });
    expect(info.details).toEqual(details);
    expect(info.code).toBe('VALIDATION');
  });

  it('falls back to a bilingual message by status when the body is not the server shape', () => {
    const info = normalizeHttpError(502, '<html>Bad Gateway</html>', 'hdr-1');
    expect(info).toMatchObject({ statusCode: 502, code: 'HTTP_502', requestId: 'hdr-1' });
    expect(info.messageZh).toContain('服务暂时不可用');
    expect(info.messageEn).toContain('temporarily unavailable');
  });

  it('uses a code and requestId from a partial body when present', () => {
    const info = normalizeHttpError(429, { code: 'RATE_LIMITED', requestId: 'r-9', message: 'slow down' });
    expect(info).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED', requestId: 'r-9' });
    expect(info.messageZh).toBe('操作过于频繁，请稍后再试');
  });

  it('never shows internal text from an unexpected 500 body', () => {
    const info = normalizeHttpError(500, { message: 'relation "users" does not exist' });
    expect(info.messageEn).not.toContain('relation');
    expect(info.messageZh).toContain('服务器内部错误');
    expect(info.requestId).toBeNull();
  });

  it('handles an empty body', () => {
    expect(normalizeHttpError(404, null)).toMatchObject({ code: 'HTTP_404', messageEn: 'The requested resource was not found' });
    expect(normalizeHttpError(418, null).messageZh).toBe('请求失败');
  });
});

describe('network and contract failures', () => {
  it('a failed fetch becomes NETWORK_ERROR with status 0', () => {
    const info = normalizeNetworkError(new TypeError('Failed to fetch'));
    expect(info).toMatchObject({ statusCode: 0, code: 'NETWORK_ERROR', requestId: null });
  });

  it('an aborted request is told apart', () => {
    expect(normalizeNetworkError({ name: 'AbortError' }).code).toBe('REQUEST_ABORTED');
  });

  it('a 2xx body that breaks the contract becomes BAD_RESPONSE', () => {
    expect(normalizeBadResponse(200, 'r1', [{ path: ['accessToken'] }])).toMatchObject({ code: 'BAD_RESPONSE', requestId: 'r1' });
  });

  it('toRequestError passes RequestErrors through and wraps anything else', () => {
    const known = new RequestError(normalizeHttpError(401, serverError));
    expect(toRequestError(known)).toBe(known);
    const wrapped = toRequestError(new Error('boom'));
    expect(wrapped).toBeInstanceOf(RequestError);
    expect(wrapped.code).toBe('NETWORK_ERROR');
    expect(wrapped.statusCode).toBe(0);
  });
});

describe('errorText', () => {
  it('shows messageZh in Chinese and messageEn in English', () => {
    const info = normalizeHttpError(401, serverError);
    expect(errorText(info, 'zh-CN')).toBe('用户名或密码错误');
    expect(errorText(info, 'en-US')).toBe('Wrong username or password');
  });
});
