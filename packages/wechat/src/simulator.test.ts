// The simulator's HTTP surface through handle(), without a socket: routing, methods, credential
// checks, code lifetimes and failNext.
import { beforeEach, describe, expect, it } from 'vitest';
import { createWeChatSimulator } from './simulator';

const APP = { appId: 'wx0123456789abcdef', appSecret: 'xinglin-test-app-secret-0000000000' };
const T0 = Date.UTC(2025, 0, 5, 1, 0, 0);

let clock = T0;
const sim = createWeChatSimulator({ ...APP, now: () => clock });

async function call(method: string, path: string, body = ''): Promise<Record<string, unknown>> {
  const res = await sim.handle({ method, path, headers: {}, body });
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  return JSON.parse(res.body) as Record<string, unknown>;
}

const login = (code: string, secret = APP.appSecret, appid = APP.appId) =>
  call('GET', `/sns/jscode2session?appid=${appid}&secret=${secret}&js_code=${code}&grant_type=authorization_code`);

const stableBody = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ grant_type: 'client_credential', appid: APP.appId, secret: APP.appSecret, ...extra });

async function phone(code: string): Promise<Record<string, unknown>> {
  const { access_token: token } = await call('POST', '/cgi-bin/stable_token', stableBody());
  return call('POST', `/wxa/business/getuserphonenumber?access_token=${String(token)}`, JSON.stringify({ code }));
}

beforeEach(() => {
  sim.clear();
  clock = T0;
});

describe('createWeChatSimulator routing and credentials', () => {
  it('answers 40066 for a path WeChat does not have', async () => {
    expect(await call('GET', '/cgi-bin/nope')).toMatchObject({ errcode: 40066 });
  });

  it('answers 43002 for GET on a POST-only API and 47001 for a body that is not JSON', async () => {
    expect(await call('GET', '/cgi-bin/stable_token')).toMatchObject({ errcode: 43002 });
    expect(await call('POST', '/cgi-bin/stable_token', 'appid=wx')).toMatchObject({ errcode: 47001 });
  });

  it('checks appid, secret and grant_type in that order', async () => {
    expect(await call('GET', '/cgi-bin/token?grant_type=client_credential')).toMatchObject({ errcode: 41002 });
    const token = (query: string) => call('GET', `/cgi-bin/token?grant_type=client_credential&${query}`);
    expect(await token('appid=wxnope&secret=x')).toMatchObject({ errcode: 40013 });
    expect(await token(`appid=${APP.appId}`)).toMatchObject({ errcode: 41004 });
    expect(await token(`appid=${APP.appId}&secret=x`)).toMatchObject({ errcode: 40125 });
    const wrongGrant = `/cgi-bin/token?grant_type=password&appid=${APP.appId}&secret=${APP.appSecret}`;
    expect(await call('GET', wrongGrant)).toMatchObject({ errcode: 40002 });
    expect(await call('POST', '/cgi-bin/stable_token', stableBody({ secret: 'x' }))).toMatchObject({ errcode: 40125 });
  });

  it('answers errors with WeChat’s errmsg and a rid', async () => {
    const json = await login('nope');
    expect(json.errmsg).toMatch(/^invalid code rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/);
  });

  it('wants an access token on the token-protected APIs', async () => {
    expect(await call('POST', '/wxa/business/getuserphonenumber', '{}')).toMatchObject({ errcode: 41001 });
    const forged = await call('POST', '/wxa/business/getuserphonenumber?access_token=forged', '{}');
    expect(forged).toMatchObject({ errcode: 40001 });
  });
});

describe('createWeChatSimulator codes', () => {
  it('gives session_key and openid, without errcode, for a fresh login code', async () => {
    const json = await login(sim.issueLoginCode({ openid: 'oUser', unionid: 'oUnion' }));
    expect(json).toEqual({ session_key: expect.any(String), openid: 'oUser', unionid: 'oUnion' });
  });

  it('expires login codes after 5 minutes (40029) and reports reuse (40163)', async () => {
    const stale = sim.issueLoginCode({});
    const fresh = sim.issueLoginCode({});
    clock += 299_000;
    expect(await login(fresh)).toHaveProperty('openid');
    expect(await login(fresh)).toMatchObject({ errcode: 40163 });
    clock += 1_000;
    expect(await login(stale)).toMatchObject({ errcode: 40029 });
  });

  it('answers 41008 when js_code is missing', async () => {
    expect(await login('')).toMatchObject({ errcode: 41008 });
  });

  it('expires phone codes after 5 minutes', async () => {
    const code = sim.issuePhoneCode('13800138000');
    clock += 300_000;
    expect(await phone(code)).toMatchObject({ errcode: 40029 });
  });

  it('marks foreign numbers with their country code in phoneNumber only', async () => {
    const json = await phone(sim.issuePhoneCode('+85291234567', '852'));
    expect(json).toMatchObject({
      errcode: 0,
      errmsg: 'ok',
      phone_info: {
        phoneNumber: '+85291234567',
        purePhoneNumber: '91234567',
        countryCode: '852',
        watermark: { timestamp: T0 / 1000, appid: APP.appId },
      },
    });
  });

  it('remembers the user behind a login code', () => {
    sim.issueLoginCode({ openid: 'oUser', phone: '13800138000' });
    expect(sim.user('oUser')).toEqual({ openid: 'oUser', phone: '13800138000' });
    expect(sim.user('oOther')).toBeUndefined();
  });
});

describe('createWeChatSimulator failNext', () => {
  it('fails the next valid request to that path only, once, in queue order', async () => {
    sim.failNext('/sns/jscode2session?whatever=1', 45011);
    sim.failNext('/sns/jscode2session', -1);
    expect(await login('bad', 'wrong-secret')).toMatchObject({ errcode: 40125 });
    const code = sim.issueLoginCode({});
    expect(await login(code)).toMatchObject({ errcode: 45011 });
    expect(await login(code)).toMatchObject({ errcode: -1 });
    // The injected failures did not consume the code.
    expect(await login(code)).toHaveProperty('openid');
  });

  it('is forgotten by clear()', async () => {
    sim.failNext('/sns/jscode2session', 45011);
    sim.clear();
    expect(await login(sim.issueLoginCode({}))).toHaveProperty('openid');
  });
});
