import { describe, expect, it } from 'vitest';
import { birthForAge, buildTestApp, lastCode, makeIdNumber, randomPhone, verifiedPatient } from '../../test/helper';

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

describe('logs of the identity flows hold no phone or ID number in clear', async () => {
  const lines: string[] = [];
  const t = await buildTestApp({ LOG_LEVEL: 'trace' }, undefined, { write: (line) => lines.push(line) });

  it('scans every line written during real-name, family and record flows', async () => {
    const idNumber = makeIdNumber(birthForAge(45));
    const p = await verifiedPatient(t, '钱芳', idNumber);
    const familyPhone = randomPhone();
    const familyId = makeIdNumber(birthForAge(72));
    const inv = await t.app.inject({ method: 'POST', url: '/api/v1/family/invitations', headers: p.auth, payload: { name: '钱父', relation: 'parent', idNumber: familyId, phone: familyPhone } });
    await t.app.inject({ method: 'POST', url: `/api/v1/family/invitations/${inv.json().invitationId}/confirm`, headers: p.auth, payload: { code: '000000' } });
    await t.app.inject({ method: 'POST', url: `/api/v1/family/invitations/${inv.json().invitationId}/confirm`, headers: p.auth, payload: { code: lastCode(t, familyPhone) } });
    await t.app.inject({ method: 'GET', url: `/api/v1/patients/${p.self.id}/reveal?field=idNumber`, headers: p.auth });
    await t.app.inject({ method: 'POST', url: '/api/v1/patients/self/verification', headers: p.auth, payload: { name: '钱芳', idNumber: idNumber.slice(0, 17) } });
    await t.app.inject({ method: 'GET', url: `/sim/sms?phone=${familyPhone}` });

    expect(lines.length).toBeGreaterThan(10);
    const all = lines.join('\n');
    for (const secret of [idNumber, familyId, familyPhone, p.phone, idNumber.slice(0, 17)]) expect(all).not.toContain(secret);
    expect(all).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
    expect(all).not.toMatch(/(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/);
  });
});
