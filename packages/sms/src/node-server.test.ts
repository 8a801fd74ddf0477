import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulatorServer, type SimulatorServer } from './node-server';
import { createTencentSmsSimulator, type TencentSmsSimulator } from './tencent-simulator';

describe('startSimulatorServer', () => {
  let server: SimulatorServer;
  beforeAll(async () => {
    server = await startSimulatorServer(createTencentSmsSimulator({ secretId: 'a', secretKey: 'b', sdkAppId: 'c' }));
  });
  afterAll(() => server.close());

  it('listens on an ephemeral loopback port and answers with the simulator’s JSON', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(server.url, { method: 'POST', body: '{}' });
    expect(res.status).toBe(200);
    const json = (await res.json()) as { Response: { Error: { Code: string } } };
    expect(json.Response.Error.Code).toBe('MissingParameter');
  });

  it('refuses oversized bodies', async () => {
    const res = await fetch(server.url, { method: 'POST', body: 'x'.repeat(1024 * 1024 + 1) });
    expect(res.status).toBe(413);
  });
});

describe('startSimulatorServer with a failing simulator', () => {
  it('answers 500 rather than leaving the client hanging', async () => {
    const broken: TencentSmsSimulator = {
      handle: () => Promise.reject(new Error('bug')),
      messages: () => [],
      clear: () => undefined,
      failNext: () => undefined,
    };
    const server = await startSimulatorServer(broken);
    try {
      expect((await fetch(server.url, { method: 'POST', body: '{}' })).status).toBe(500);
    } finally {
      await server.close();
    }
  });
});
