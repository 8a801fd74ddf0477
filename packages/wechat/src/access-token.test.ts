// Token caching and refresh, observed from the simulator's side: every request the client makes is
// counted by path, and both sides share a clock the test moves.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { usableSeconds } from './access-token';
import { createWeChatClient } from './client';
import { startWeChatSimulatorServer, type WeChatSimulatorServer } from './node-server';
import { splitTarget } from './sim-http';
import { createWeChatSimulator } from './simulator';
import type { WeChatClientConfig } from './types';

const APP = { appId: 'wx0123456789abcdef', appSecret: 'xinglin-test-app-secret-0000000000' };
const T0 = Date.UTC(2025, 0, 5, 1, 0, 0);

describe('access token handling', () => {
  let clock = T0;
  const now = () => clock;
  const sim = createWeChatSimulator({ ...APP, now });
  const calls: string[] = [];
  let server: WeChatSimulatorServer;
  let config: WeChatClientConfig;
  const count = (path: string) => calls.filter((p) => p === path).length;

  beforeAll(async () => {
    server = await startWeChatSimulatorServer({
      handle: (req) => {
        calls.push(splitTarget(req.path).pathname);
        return sim.handle(req);
      },
    });
    config = { ...APP, baseUrl: server.url, now };
  });
  afterAll(() => server.close());
  beforeEach(() => {
    sim.clear();
    calls.length = 0;
    clock = T0;
  });

  it('fetches one stable token for several API calls', async () => {
    const client = createWeChatClient(config);
    for (let i = 0; i < 3; i++) expect((await client.getPhoneNumber(sim.issuePhoneCode('13800138000'))).ok).toBe(true);
    expect(count('/cgi-bin/stable_token')).toBe(1);
    expect(count('/wxa/business/getuserphonenumber')).toBe(3);
    expect(count('/cgi-bin/token')).toBe(0);
  });

  it('shares one token fetch between concurrent calls', async () => {
    const client = createWeChatClient(config);
    const results = await Promise.all([1, 2, 3].map(() => client.getPhoneNumber(sim.issuePhoneCode('13800138000'))));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(count('/cgi-bin/stable_token')).toBe(1);
  });

  it('refreshes before expiry on its own clock', async () => {
    const client = createWeChatClient(config);
    expect((await client.getPhoneNumber(sim.issuePhoneCode('13800138000'))).ok).toBe(true);
    clock += (usableSeconds(7200) - 1) * 1000;
    expect((await client.getPhoneNumber(sim.issuePhoneCode('13800138000'))).ok).toBe(true);
    expect(count('/cgi-bin/stable_token')).toBe(1);
    clock += 2000;
    expect((await client.getPhoneNumber(sim.issuePhoneCode('13800138000'))).ok).toBe(true);
    expect(count('/cgi-bin/stable_token')).toBe(2);
  });

  it('on 42001 from WeChat fetches a new token and retries the call once', async () => {
    // The client's clock stands still, so only WeChat's answer can tell it the token is gone.
    const client = createWeChatClient({ ...config, now: () => T0 });
    expect((await client.getPhoneNumber(sim.issuePhoneCode('13800138000'))).ok).toBe(true);
    clock += 7201 * 1000;
    const result = await client.getPhoneNumber(sim.issuePhoneCode('13800138000'));
    expect(result).toMatchObject({ ok: true, phoneNumber: '13800138000' });
    expect(count('/cgi-bin/stable_token')).toBe(2);
    expect(count('/wxa/business/getuserphonenumber')).toBe(3);
  });

  it('recovers with 40001 after another server force-refreshed the stable token', async () => {
    const client = createWeChatClient(config);
    expect((await client.getPhoneNumber(sim.issuePhoneCode('13800138000'))).ok).toBe(true);
    const credentials = { grant_type: 'client_credential', appid: APP.appId, secret: APP.appSecret };
    const body = JSON.stringify({ ...credentials, force_refresh: true });
    await sim.handle({ method: 'POST', path: '/cgi-bin/stable_token', headers: {}, body });
    expect((await client.getPhoneNumber(sim.issuePhoneCode('13800138000'))).ok).toBe(true);
    expect(count('/cgi-bin/stable_token')).toBe(2);
  });

  it('retries only once: a second token rejection is returned', async () => {
    const client = createWeChatClient(config);
    sim.failNext('/wxa/business/getuserphonenumber', 40001);
    sim.failNext('/wxa/business/getuserphonenumber', 40001);
    const result = await client.getPhoneNumber(sim.issuePhoneCode('13800138000'));
    expect(result).toMatchObject({ ok: false, errcode: 40001, retryable: false });
    expect(count('/wxa/business/getuserphonenumber')).toBe(2);
    expect(count('/cgi-bin/stable_token')).toBe(2);
  });

  it('does not refresh the token for errors that are not about the token', async () => {
    const client = createWeChatClient(config);
    sim.failNext('/wxa/business/getuserphonenumber', -1);
    const result = await client.getPhoneNumber(sim.issuePhoneCode('13800138000'));
    expect(result).toMatchObject({ ok: false, errcode: -1, retryable: true });
    expect(count('/cgi-bin/stable_token')).toBe(1);
    expect(count('/wxa/business/getuserphonenumber')).toBe(1);
  });

  it('can use the classic GET /cgi-bin/token instead', async () => {
    const client = createWeChatClient({ ...config, tokenEndpoint: 'classic' });
    for (let i = 0; i < 2; i++) expect((await client.getPhoneNumber(sim.issuePhoneCode('13800138000'))).ok).toBe(true);
    expect(count('/cgi-bin/token')).toBe(1);
    expect(count('/cgi-bin/stable_token')).toBe(0);
  });

  it('reports a token-endpoint failure as the API call’s result, without calling the API', async () => {
    const client = createWeChatClient({ ...config, appSecret: 'wrong' });
    expect(await client.getPhoneNumber('any')).toMatchObject({ ok: false, errcode: 40125, retryable: false });
    expect(count('/wxa/business/getuserphonenumber')).toBe(0);
  });
});

describe('usableSeconds', () => {
  it('keeps 5 minutes in hand, or half of a short lifetime', () => {
    expect(usableSeconds(7200)).toBe(6900);
    expect(usableSeconds(400)).toBe(200);
  });
});
