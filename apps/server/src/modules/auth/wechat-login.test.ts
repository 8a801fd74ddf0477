import { describe, expect, it } from 'vitest';
import { buildTestApp, loginPatient, randomPhone } from '../../../test/helper';

describe('WeChat mini program login', async () => {
  const t = await buildTestApp();
  const wx = t.integrations.wechat.simulator!;
  const login = (payload: object) => t.app.inject({ method: 'POST', url: '/api/v1/auth/wechat/sessions', payload });

  it('asks for the phone the first time, then logs straight in; the account is the phone login’s account', async () => {
    const phone = randomPhone();
    const byPhone = await loginPatient(t, phone);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${byPhone.accessToken}` } });

    const first = await login({ code: wx.issueLoginCode({ phone }) });
    expect(first.statusCode).toBe(409);
    expect(first.json().code).toBe('WECHAT_PHONE_REQUIRED');

    const bound = await login({ code: wx.issueLoginCode({ phone }), phoneCode: wx.issuePhoneCode(phone) });
    expect(bound.statusCode).toBe(200);
    expect(bound.json().account.id).toBe(me.json().id);

    const again = await login({ code: wx.issueLoginCode({ phone }) });
    expect(again.statusCode).toBe(200);
    expect(again.json().account.id).toBe(me.json().id);
  });

  it('refuses a reused or made-up code with a clear 400', async () => {
    const code = wx.issueLoginCode({ phone: randomPhone() });
    await login({ code });
    const reused = await login({ code });
    expect(reused.statusCode).toBe(400);
    expect(reused.json()).toMatchObject({ code: 'WECHAT_CODE_INVALID', messageZh: '微信登录凭证无效或已使用，请重试' });
    expect((await login({ code: 'made-up' })).statusCode).toBe(400);
    expect((await login({})).statusCode).toBe(400);
  });

  it('refuses an invalid phone code', async () => {
    const res = await login({ code: wx.issueLoginCode({ phone: randomPhone() }), phoneCode: 'nope' });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('WECHAT_PHONE_CODE_INVALID');
  });
});
