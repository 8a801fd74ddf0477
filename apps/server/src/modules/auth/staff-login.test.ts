import { describe, expect, it } from 'vitest';
import { buildTestApp, createStaff, loginPatient, loginStaff } from '../../../test/helper';
import { DEMO_STAFF } from './seeder';
import { acceptTotp, checkPasswordPolicy, totpCode } from './staff-credentials';

describe('staff login: password + TOTP, lockout, idle timeout', async () => {
  const t = await buildTestApp();
  const attempt = (username: string, password: string, code: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/staff/sessions', payload: { username, password, totpCode: code } });
  const me = (token: string) => t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });

  it('gives each role its own separation of duties', async () => {
    for (const role of ['admin', 'auditor', 'pharmacist', 'doctor'] as const) {
      const s = await loginStaff(t, role);
      expect((await me(s.accessToken)).json()).toMatchObject({ kind: 'staff', roles: [role] });
    }
  });

  it('refuses a wrong TOTP, a replayed TOTP and a missing one, with the same message as a wrong password', async () => {
    const s = await createStaff(t, 'pharmacist');
    t.clock.advance(30);
    const good = totpCode(s.secret, t.clock.now);
    const wrongTotp = await attempt(s.username, s.password, good === '123456' ? '654321' : '123456');
    expect(wrongTotp.statusCode).toBe(401);
    const wrongPassword = await attempt(s.username, 'not-the-password-1', good);
    expect(wrongPassword.json().messageZh).toBe(wrongTotp.json().messageZh);
    expect((await attempt(s.username, s.password, good)).statusCode).toBe(200);
    expect((await attempt(s.username, s.password, good)).statusCode).toBe(401); // replay
    const missing = await t.app.inject({ method: 'POST', url: '/api/v1/auth/staff/sessions', payload: { username: s.username, password: 'x' } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().details.issues[0].field).toBe('body.totpCode');
  });

  it('locks the account for 15 minutes after 5 wrong tries, even for the right password', async () => {
    const s = await createStaff(t, 'auditor');
    for (let i = 0; i < 4; i++) expect((await attempt(s.username, `wrong-password-${i}-x`, '000000')).statusCode).toBe(401);
    const fifth = await attempt(s.username, 'wrong-password-5-x', '000000');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json()).toMatchObject({ code: 'AUTH_ACCOUNT_LOCKED', details: { retryAfterSeconds: 900 } });
    t.clock.advance(60);
    const right = await attempt(s.username, s.password, totpCode(s.secret, t.clock.now));
    expect(right.statusCode).toBe(423);
    expect(right.json().details.retryAfterSeconds).toBe(840);
    t.clock.advance(15 * 60);
    expect((await attempt(s.username, s.password, totpCode(s.secret, t.clock.now))).statusCode).toBe(200);
  });

  it('ends a staff session after 30 minutes without requests, but not while it is used', async () => {
    let s = await loginStaff(t, 'admin');
    for (let i = 0; i < 3; i++) {
      t.clock.advance(14 * 60);
      const refreshed = await t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: s.refreshToken } });
      expect(refreshed.statusCode).toBe(200);
      s = refreshed.json();
      expect((await me(s.accessToken)).statusCode).toBe(200);
    }
    t.clock.advance(31 * 60);
    const late = await t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: s.refreshToken } });
    expect(late.statusCode).toBe(401);
  });

  it('keeps patient sessions alive however long they idle', async () => {
    const s = await loginPatient(t);
    t.clock.advance(3 * 24 * 3600);
    const refreshed = await t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: s.refreshToken } });
    expect(refreshed.statusCode).toBe(200);
  });
});

// The documented demo accounts are shared by the browser tests; touching them (TOTP steps, lockouts) on a shared
// PostgreSQL would break those, so this check runs on a private PGlite.
describe('demo staff accounts', async () => {
  const t = await buildTestApp({ DATABASE_URL: undefined });
  const attempt = (username: string, password: string, code: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/staff/sessions', payload: { username, password, totpCode: code } });
  const me = (token: string) => t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });

  it('logs in each documented demo account with its password and TOTP secret', async () => {
    for (const demo of DEMO_STAFF) {
      t.clock.advance(30);
      const res = await attempt(demo.username, demo.password, totpCode(demo.totp, t.clock.now));
      expect(res.statusCode, demo.username).toBe(200);
      expect((await me(res.json().accessToken)).json()).toMatchObject({ kind: 'staff', roles: [demo.role] });
    }
  });

});

describe('staff credential rules', () => {
  it('enforces the password policy', () => {
    expect(checkPasswordPolicy('short-pass1', 'bob')).toBe('too_short');
    expect(checkPasswordPolicy('1qaz2wsx3edc', 'bob')).toBe('common');
    expect(checkPasswordPolicy('QWERTY123456', 'bob')).toBe('common');
    expect(checkPasswordPolicy('zhangwei-is-great', 'zhangwei')).toBe('contains_username');
    expect(checkPasswordPolicy('Correct-Horse-Battery', 'bob')).toBeNull();
  });

  it('accepts RFC 6238 codes within one step of drift and never the same step twice', () => {
    // RFC 6238 Appendix B: secret "12345678901234567890" (base32 below), T = 59 s → 94287082 (8 digits) → 287082 (6).
    const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
    const at = new Date(59_000);
    expect(totpCode(secret, at)).toBe('287082');
    expect(acceptTotp(secret, '287082', at, null)).toBe(1);
    expect(acceptTotp(secret, '287082', new Date(89_000), null)).toBe(1); // one step late still accepted
    expect(acceptTotp(secret, '287082', new Date(150_000), null)).toBeNull(); // too late
    expect(acceptTotp(secret, '287082', at, 1)).toBeNull(); // replay
  });
});
