import { describe, expect, it } from 'vitest';
import { buildTestApp, loginPatient } from '../../../test/helper';

describe('sessions: refresh rotation, logout, expiry, staff login', async () => {
  const t = await buildTestApp();
  const me = (token: string) => t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
  const refresh = (refreshToken: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken } });

  it('rotates both tokens on refresh; the old access token stops working', async () => {
    const s = await loginPatient(t);
    const res = await refresh(s.refreshToken);
    expect(res.statusCode).toBe(200);
    const next = res.json();
    expect(next.refreshToken).not.toBe(s.refreshToken);
    expect((await me(next.accessToken)).statusCode).toBe(200);
    expect((await me(s.accessToken)).statusCode).toBe(401);
  });

  it('ends the whole session when a rotated-away refresh token is replayed', async () => {
    const s = await loginPatient(t);
    const next = (await refresh(s.refreshToken)).json();
    const replay = await refresh(s.refreshToken);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('AUTH_REFRESH_INVALID');
    // The thief's replay also logs out the legitimate holder of the newer tokens.
    expect((await me(next.accessToken)).statusCode).toBe(401);
    expect((await refresh(next.refreshToken)).statusCode).toBe(401);
  });

  it('lets only one of two concurrent refreshes with the same token win', async () => {
    const s = await loginPatient(t);
    const results = await Promise.all([refresh(s.refreshToken), refresh(s.refreshToken)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 401]);
  });

  it('logout really ends the session: access and refresh tokens both stop working', async () => {
    const s = await loginPatient(t);
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { authorization: `Bearer ${s.accessToken}` } });
    expect(out.statusCode).toBe(204);
    expect((await me(s.accessToken)).statusCode).toBe(401);
    expect((await refresh(s.refreshToken)).statusCode).toBe(401);
  });

  it('expires the access token after its lifetime, and refresh after 30 days', async () => {
    const s = await loginPatient(t);
    t.clock.advance(15 * 60 + 1);
    const expired = await me(s.accessToken);
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toMatchObject({ code: 'UNAUTHENTICATED', messageZh: '请先登录' });
    const renewed = await refresh(s.refreshToken);
    expect(renewed.statusCode).toBe(200);
    t.clock.advance(30 * 24 * 3600 + 1);
    expect((await refresh(renewed.json().refreshToken)).statusCode).toBe(401);
  });

  it('answers 401 to a missing or malformed bearer token', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
    expect((await me('not a token')).statusCode).toBe(401);
    expect((await me('xla_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).statusCode).toBe(401);
  });
});
