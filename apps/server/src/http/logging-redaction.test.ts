import { describe, expect, it } from 'vitest';
import { buildTestApp, lastCode, randomPhone } from '../../test/helper';

describe('JSON logs carry the request id and never a phone, code or token', async () => {
  const lines: string[] = [];
  const t = await buildTestApp({ LOG_LEVEL: 'info' }, undefined, { write: (line) => lines.push(line) });

  it('redacts what a login leaves behind', async () => {
    const phone = randomPhone();
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/sms-codes', payload: { phone } });
    const code = lastCode(t, phone);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sessions', payload: { phone, code } });
    const { accessToken } = login.json();
    await t.app.inject({ method: 'GET', url: `/sim/sms?phone=${phone}`, headers: { authorization: `Bearer ${accessToken}` } });

    const entries = lines.map((l) => JSON.parse(l) as { reqId?: string; req?: { url: string } });
    expect(entries.length).toBeGreaterThan(0);
    const all = lines.join('\n');
    expect(all).not.toContain(phone);
    expect(all).not.toContain(accessToken);
    expect(all).toContain(`${phone.slice(0, 3)}****${phone.slice(7)}`);
    expect(entries.filter((e) => e.req).every((e) => typeof e.reqId === 'string' && e.reqId.length > 0)).toBe(true);
    expect(entries.some((e) => e.reqId === login.headers['x-request-id'])).toBe(true);
  });
});
