// The real client against the simulator on a real loopback HTTP server: the same requests as in
// production, only the base URL differs.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createWeChatClient } from './client';
import { startWeChatSimulatorServer, type WeChatSimulatorServer } from './node-server';
import { createWeChatSimulator } from './simulator';
import type { WeChatClientConfig } from './types';

const APP = { appId: 'wx0123456789abcdef', appSecret: 'xinglin-test-app-secret-0000000000' };
const VISIT = 'xinglin-visit-reminder';
const VISIT_DATA = { name1: '张三', thing2: '心内科', time3: '2025年1月5日 09:30', thing4: '请提前15分钟到达' };

describe('createWeChatClient through the simulator', () => {
  const sim = createWeChatSimulator(APP);
  let server: WeChatSimulatorServer;
  let config: WeChatClientConfig;

  beforeAll(async () => {
    server = await startWeChatSimulatorServer(sim);
    config = { ...APP, baseUrl: server.url };
  });
  afterAll(() => server.close());
  beforeEach(() => sim.clear());

  it('exchanges a wx.login code for openid and unionid', async () => {
    const user = { openid: 'oPatient0000000000000000001', unionid: 'oUnion00000000000000000000001' };
    const result = await createWeChatClient(config).code2Session(sim.issueLoginCode(user));
    expect(result).toMatchObject({ ok: true, ...user });
    if (result.ok) expect(result.sessionKey).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it('omits unionid for a user without one and keeps a phone-derived openid stable', async () => {
    const client = createWeChatClient(config);
    const first = await client.code2Session(sim.issueLoginCode({ phone: '13800138000' }));
    const again = await client.code2Session(sim.issueLoginCode({ phone: '13800138000' }));
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(first).not.toHaveProperty('unionid');
    expect(again.openid).toBe(first.openid);
    expect(first.openid).toMatch(/^o[\w-]{27}$/);
  });

  it('answers 40163 when the same code is used twice', async () => {
    const client = createWeChatClient(config);
    const code = sim.issueLoginCode({});
    expect((await client.code2Session(code)).ok).toBe(true);
    const second = await client.code2Session(code);
    expect(second).toMatchObject({ ok: false, errcode: 40163, retryable: false });
    if (!second.ok) expect(second.errmsg).toMatch(/^code been used rid: /);
  });

  it('answers 40029 for a code WeChat never issued', async () => {
    const result = await createWeChatClient(config).code2Session('051v0m000ObAyK19vV1005SDWf0v0m0s');
    expect(result).toMatchObject({ ok: false, errcode: 40029, retryable: false });
  });

  it('passes through 45011 and -1 as retryable, 40226 as final', async () => {
    const client = createWeChatClient(config);
    const cases: Array<[number, boolean]> = [[45011, true], [-1, true], [40226, false]];
    for (const [errcode, retryable] of cases) {
      sim.failNext('/sns/jscode2session', errcode);
      expect(await client.code2Session(sim.issueLoginCode({}))).toMatchObject({ ok: false, errcode, retryable });
    }
  });

  it('turns a wrong secret into 40125 without echoing the secret', async () => {
    const secret = 'this-secret-is-wrong-and-must-not-leak';
    const client = createWeChatClient({ ...config, appSecret: secret });
    const login = await client.code2Session(sim.issueLoginCode({}));
    expect(login).toMatchObject({ ok: false, errcode: 40125, retryable: false });
    const phone = await client.getPhoneNumber(sim.issuePhoneCode('13800138000'));
    expect(phone).toMatchObject({ ok: false, errcode: 40125, retryable: false });
    expect(JSON.stringify([login, phone])).not.toContain(secret);
  });

  it('turns a wrong appid into 40013', async () => {
    const result = await createWeChatClient({ ...config, appId: 'wxffffffffffffffff' }).code2Session('x');
    expect(result).toMatchObject({ ok: false, errcode: 40013, retryable: false });
  });

  it('exchanges a phone code for the number, watermarked with our appid', async () => {
    const result = await createWeChatClient(config).getPhoneNumber(sim.issuePhoneCode('13800138000'));
    const number = { phoneNumber: '13800138000', purePhoneNumber: '13800138000', countryCode: '86' };
    expect(result).toMatchObject({ ok: true, ...number });
    if (result.ok) expect(result.watermark.appid).toBe(APP.appId);
  });

  it('answers 40029 for a bad or reused phone code', async () => {
    const client = createWeChatClient(config);
    expect(await client.getPhoneNumber('not-a-code')).toMatchObject({ ok: false, errcode: 40029 });
    const code = sim.issuePhoneCode('13800138000');
    expect((await client.getPhoneNumber(code)).ok).toBe(true);
    expect(await client.getPhoneNumber(code)).toMatchObject({ ok: false, errcode: 40029 });
  });

  it('delivers a subscribe message once per acceptance and records it', async () => {
    const client = createWeChatClient(config);
    const toUser = 'oPatient0000000000000000001';
    sim.setSubscribed(toUser, VISIT, true);
    const page = 'pages/visit/index?id=7';
    const msg = { toUser, templateId: VISIT, page, miniprogramState: 'trial' as const, data: VISIT_DATA };
    const sent = await client.sendSubscribeMessage(msg);
    expect(sent.ok).toBe(true);
    const [record, ...rest] = sim.subscribeMessages(toUser);
    expect(rest).toHaveLength(0);
    expect(record).toMatchObject({ touser: toUser, templateId: VISIT, page, miniprogramState: 'trial', lang: 'zh_CN' });
    expect(record?.data).toEqual(VISIT_DATA);
    // The 19-digit msgid survives intact, though it exceeds Number.MAX_SAFE_INTEGER.
    expect(sent).toEqual({ ok: true, msgid: record?.msgid });
    expect(await client.sendSubscribeMessage(msg)).toMatchObject({ ok: false, errcode: 43101, retryable: false });
  });

  it('refuses a subscribe message the user declined, and reports bad templates and data', async () => {
    const client = createWeChatClient(config);
    const toUser = 'oPatient0000000000000000002';
    sim.setSubscribed(toUser, VISIT, false);
    const msg = { toUser, templateId: VISIT, data: VISIT_DATA };
    expect(await client.sendSubscribeMessage(msg)).toMatchObject({ ok: false, errcode: 43101 });
    const unknown = await client.sendSubscribeMessage({ ...msg, templateId: 'no-such-template' });
    expect(unknown).toMatchObject({ ok: false, errcode: 40037 });
    const bad = await client.sendSubscribeMessage({ ...msg, data: { ...VISIT_DATA, thing2: '' } });
    expect(bad).toMatchObject({ ok: false, errcode: 47003 });
    if (!bad.ok) expect(bad.errmsg).toMatch(/^argument invalid! data\.thing2\.value is empty rid: /);
    expect(sim.subscribeMessages()).toHaveLength(0);
  });
});

describe('createWeChatClient without a reachable WeChat', () => {
  it('returns a retryable network failure instead of throwing', async () => {
    // Bind a port, then free it: nothing listens there afterwards, so the connection is refused.
    const gone = await startWeChatSimulatorServer(createWeChatSimulator(APP));
    await gone.close();
    const client = createWeChatClient({ ...APP, baseUrl: gone.url });
    const login = await client.code2Session('some-code');
    expect(login).toMatchObject({ ok: false, errcode: -9001, retryable: true });
    const phone = await client.getPhoneNumber('some-code');
    expect(phone).toMatchObject({ ok: false, errcode: -9001, retryable: true });
    if (!login.ok) {
      expect(login.errmsg).toMatch(/^WeChat \/sns\/jscode2session unreachable: /);
      expect(login.errmsg).not.toContain(APP.appSecret);
    }
  });
});
