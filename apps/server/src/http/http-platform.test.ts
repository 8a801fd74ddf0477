import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/helper';

describe('HTTP platform: errors, request ids, security headers, limits', async () => {
  // A route that fails like a bug would, to prove internals never leak.
  const t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '5000', BODY_LIMIT_BYTES: '2048' }, (app) => {
    app.get('/api/v1/__boom', () => {
      throw new Error('secret internal detail: password=hunter2');
    });
  });

  it('answers unknown routes with the JSON error shape and a request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing' });
    expect(res.statusCode).toBe(404);
    const body = res.json();
    expect(body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND', messageZh: '请求的资源不存在', messageEn: 'Not found' });
    expect(body.requestId).toBe(res.headers['x-request-id']);
  });

  it('hides internals on 5xx', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/__boom' });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('hunter2');
    expect(res.json()).toMatchObject({ code: 'INTERNAL', messageEn: expect.stringContaining('try again') });
  });

  it('keeps a well-formed incoming request id and replaces a malformed one', async () => {
    const kept = await t.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'lb-12345678' } });
    expect(kept.headers['x-request-id']).toBe('lb-12345678');
    const replaced = await t.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'bad id <script>' } });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers malformed JSON, wrong content types and oversized bodies with 4xx', async () => {
    const url = '/api/v1/auth/sms-codes';
    const badJson = await t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: '{"phone":' });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json().messageZh).toBeTruthy();
    const text = await t.app.inject({ method: 'POST', url, headers: { 'content-type': 'text/plain' }, payload: 'phone=1' });
    expect(text.statusCode).toBe(415);
    expect(text.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const big = await t.app.inject({ method: 'POST', url, payload: { phone: '13800000000', pad: 'x'.repeat(5000) } });
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('sends security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('allows CORS for configured origins only', async () => {
    const ok = await t.app.inject({ method: 'OPTIONS', url: '/api/v1/hospital', headers: { origin: 'http://localhost:10086', 'access-control-request-method': 'GET' } });
    expect(ok.headers['access-control-allow-origin']).toBe('http://localhost:10086');
    const other = await t.app.inject({ method: 'OPTIONS', url: '/api/v1/hospital', headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves the OpenAPI document with every route of this issue', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/docs/json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    for (const p of ['/api/v1/auth/sms-codes', '/api/v1/auth/sessions', '/api/v1/auth/refresh', '/api/v1/auth/logout', '/api/v1/me', '/api/v1/doctors', '/api/v1/departments', '/readyz']) {
      expect(paths).toContain(p);
    }
  });
});

describe('rate limit per IP', async () => {
  const t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '3' });
  it('answers 429 with a bilingual message after the limit, but never limits health probes', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) codes.push((await t.app.inject({ method: 'GET', url: '/api/v1/hospital' })).statusCode);
    expect(codes).toEqual([200, 200, 200, 429]);
    const limited = await t.app.inject({ method: 'GET', url: '/api/v1/hospital' });
    expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED', messageZh: '请求过于频繁，请稍后再试' });
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
  });
});

describe('simulators off', async () => {
  const t = await buildTestApp({ SIMULATORS: 'off', SMS_PROVIDER: 'simulator' });
  it('has no /sim routes', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/sim/sms?phone=13800000000' })).statusCode).toBe(404);
  });
});
