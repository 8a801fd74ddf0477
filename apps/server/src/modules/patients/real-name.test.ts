import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { birthForAge, buildTestApp, loginPatient, makeIdNumber, verifiedPatient } from '../../../test/helper';

describe('real-name verification (实名认证)', async () => {
  const t = await buildTestApp();
  const verify = async (payload: object, auth?: Record<string, string>) => {
    const headers = auth ?? { authorization: `Bearer ${(await loginPatient(t)).accessToken}` };
    return t.app.inject({ method: 'POST', url: '/api/v1/patients/self/verification', headers, payload });
  };

  it('rejects each kind of bad ID number with its own reason, before asking the provider', async () => {
    const good = makeIdNumber('19900307', 123);
    const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const cases: [string, string, RegExp][] = [
      [good.slice(0, 16), 'length', /18\s?位/],
      ['11010519900307AB3X', 'format', /.+/],
      [makeIdNumber('19900307', 123, '990105'), 'region', /地区|省/],
      [makeIdNumber('19900230', 123), 'birth_date', /出生日期/],
      [makeIdNumber('21000101', 123), 'birth_date', /出生日期/],
      [wrongCheck, 'check_digit', /校验位/],
    ];
    for (const [idNumber, reason, zh] of cases) {
      const res = await verify({ name: '王小明', idNumber });
      expect(res.statusCode, `${idNumber} → ${reason}`).toBe(422);
      expect(res.json()).toMatchObject({ code: 'ID_NUMBER_INVALID', details: { reason } });
      expect(res.json().messageZh).toMatch(zh);
      expect(res.json().messageEn).not.toMatch(/invalid input/i);
    }
  });

  it('refuses a name that does not match the number (provider says 不一致)', async () => {
    const res = await verify({ name: '张三', idNumber: '110101199003074258' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'IDENTITY_MISMATCH', messageZh: '姓名与身份证号不一致，请核对后重试' });
  });

  it('reaches level 2, derives sex and birth date, and masks the number', async () => {
    const idNumber = makeIdNumber(`1988${String(randomInt(10, 13))}${String(randomInt(10, 29))}`, 235); // 235: odd → male
    const p = await verifiedPatient(t, '李建国', idNumber);
    expect(p.self).toMatchObject({ name: '李建国', isSelf: true, relation: 'self', verificationLevel: 2, gender: 'male', birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`, recordAccess: true });
    expect((p.self as unknown as { idNumberMasked: string }).idNumberMasked).toBe(`${idNumber.slice(0, 6)}********${idNumber.slice(14)}`);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/patients', headers: p.auth });
    expect(list.json().items).toHaveLength(1);
    expect(list.body).not.toContain(idNumber);
    expect((await verify({ name: '李建国', idNumber }, p.auth)).json().code).toBe('ALREADY_VERIFIED');
    expect((await verify({ name: '李建国', idNumber })).json().code).toBe('IDENTITY_TAKEN');
  });

  it('puts passports into manual review without a provider call', async () => {
    const res = await verify({ name: 'John Smith', idType: 'passport', idNumber: `E${randomInt(10_000_000, 99_999_999)}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ verificationLevel: 1, reviewStatus: 'pending_review', idType: 'passport' });
  });

  it('raises a verified account to level 3 after a passed face check', async () => {
    const p = await verifiedPatient(t, '赵敏', makeIdNumber(birthForAge(30), 246));
    const start = await t.app.inject({ method: 'POST', url: '/api/v1/patients/self/face-verification', headers: p.auth, payload: {} });
    expect(start.statusCode).toBe(200);
    const { bizToken, url } = start.json();
    expect(url).toContain('/sim/faceid/verify');
    const pending = await t.app.inject({ method: 'GET', url: `/api/v1/patients/self/face-verification/${bizToken}`, headers: p.auth });
    expect(pending.json()).toEqual({ status: 'pending', verificationLevel: 2 });
    const page = await t.app.inject({ method: 'GET', url: `/sim/faceid/verify?bizToken=${bizToken}` });
    expect(page.body).toContain('赵*');
    const done = await t.app.inject({ method: 'GET', url: `/sim/faceid/complete?bizToken=${bizToken}&outcome=passed` });
    expect(done.statusCode).toBe(302);
    const passed = await t.app.inject({ method: 'GET', url: `/api/v1/patients/self/face-verification/${bizToken}`, headers: p.auth });
    expect(passed.json()).toEqual({ status: 'passed', verificationLevel: 3 });
    const other = await loginPatient(t);
    const peek = await t.app.inject({ method: 'GET', url: `/api/v1/patients/self/face-verification/${bizToken}`, headers: { authorization: `Bearer ${other.accessToken}` } });
    expect(peek.statusCode).toBe(404);
  });
});
