import { describe, expect, it } from 'vitest';
import { extractMsgid, parsePhoneInfo, parseSession, toSubscribeSendBody } from './wire';

describe('parseSession', () => {
  it('maps session_key to sessionKey and keeps unionid only when present', () => {
    expect(parseSession({ openid: 'oA', session_key: 'k' })).toEqual({ openid: 'oA', sessionKey: 'k' });
    const withUnion = parseSession({ openid: 'oA', session_key: 'k', unionid: 'oU' });
    expect(withUnion).toEqual({ openid: 'oA', sessionKey: 'k', unionid: 'oU' });
  });

  it('rejects answers without openid or session_key', () => {
    expect(parseSession({ openid: 'oA' })).toBeNull();
    expect(parseSession({ session_key: 'k', openid: '' })).toBeNull();
  });
});

describe('parsePhoneInfo', () => {
  const info = {
    phoneNumber: '13800138000',
    purePhoneNumber: '13800138000',
    watermark: { timestamp: 1637744274, appid: 'wx1' },
  };

  it('accepts countryCode as a string or, as in WeChat’s example, a number', () => {
    expect(parsePhoneInfo({ phone_info: { ...info, countryCode: '86' } })?.countryCode).toBe('86');
    expect(parsePhoneInfo({ phone_info: { ...info, countryCode: 86 } })?.countryCode).toBe('86');
  });

  it('rejects a phone_info without watermark or number', () => {
    expect(parsePhoneInfo({ phone_info: { ...info, countryCode: '86', watermark: undefined } })).toBeNull();
    expect(parsePhoneInfo({ phone_info: { ...info, countryCode: '86', phoneNumber: undefined } })).toBeNull();
    expect(parsePhoneInfo({})).toBeNull();
  });
});

describe('extractMsgid', () => {
  it('keeps all 19 digits that JSON.parse would round', () => {
    const text = '{"errcode":0,"errmsg":"ok","msgid":1988810812324364291}';
    expect(String((JSON.parse(text) as { msgid: number }).msgid)).not.toBe('1988810812324364291');
    expect(extractMsgid(text)).toBe('1988810812324364291');
    expect(extractMsgid('{"errcode":0,"errmsg":"ok"}')).toBeUndefined();
  });
});

describe('toSubscribeSendBody', () => {
  it('uses WeChat’s field names, wraps values and leaves unset options out', () => {
    const body = toSubscribeSendBody({ toUser: 'oA', templateId: 'T', data: { thing1: '张三', number2: 3 } });
    expect(body).toEqual({ touser: 'oA', template_id: 'T', data: { thing1: { value: '张三' }, number2: { value: 3 } } });
    const options = { page: 'p', miniprogramState: 'developer' as const, lang: 'en_US' as const };
    const full = toSubscribeSendBody({ toUser: 'oA', templateId: 'T', ...options, data: {} });
    expect(full).toMatchObject({ page: 'p', miniprogram_state: 'developer', lang: 'en_US' });
  });
});
