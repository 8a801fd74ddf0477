import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWeChatSimulatorServer, type WeChatSimulatorServer } from './node-server';
import { createWeChatSimulator } from './simulator';

describe('startWeChatSimulatorServer', () => {
  let server: WeChatSimulatorServer;
  beforeAll(async () => {
    server = await startWeChatSimulatorServer(createWeChatSimulator({ appId: 'wx1', appSecret: 's' }));
  });
  afterAll(() => server.close());

  it('listens on an ephemeral loopback port and answers with the simulator’s JSON', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${server.url}/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=s`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ access_token: expect.any(String), expires_in: 7200 });
  });

  it('refuses oversized bodies', async () => {
    const body = 'x'.repeat(1024 * 1024 + 1);
    const res = await fetch(`${server.url}/cgi-bin/stable_token`, { method: 'POST', body });
    expect(res.status).toBe(413);
  });
});

describe('startWeChatSimulatorServer with a failing simulator', () => {
  it('answers 500 rather than leaving the client hanging', async () => {
    const server = await startWeChatSimulatorServer({ handle: () => Promise.reject(new Error('bug')) });
    try {
      expect((await fetch(server.url)).status).toBe(500);
    } finally {
      await server.close();
    }
  });
});
