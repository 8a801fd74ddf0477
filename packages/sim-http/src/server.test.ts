import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulatorServer, type SimulatorRequest, type SimulatorServer } from './server';

describe('startSimulatorServer', () => {
  let server: SimulatorServer;
  const seen: SimulatorRequest[] = [];
  beforeAll(async () => {
    server = await startSimulatorServer({
      handle: async (req) => {
        seen.push(req);
        return { status: 201, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ echo: req.body }) };
      },
    });
  });
  afterAll(() => server.close());

  it('listens on an ephemeral loopback port and passes method, path, headers and body through', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${server.url}/a/b?x=1`, { method: 'POST', body: '{"k":1}', headers: { 'x-tc-action': 'SendSms' } });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ echo: '{"k":1}' });
    expect(seen.at(-1)).toMatchObject({ method: 'POST', path: '/a/b?x=1', body: '{"k":1}', headers: { 'x-tc-action': 'SendSms' } });
  });

  it('refuses oversized bodies', async () => {
    const res = await fetch(server.url, { method: 'POST', body: 'x'.repeat(1024 * 1024 + 1) });
    expect(res.status).toBe(413);
  });
});

describe('startSimulatorServer with a failing simulator', () => {
  it('answers 500 rather than leaving the client hanging', async () => {
    const server = await startSimulatorServer({ handle: () => Promise.reject(new Error('bug')) });
    try {
      expect((await fetch(server.url, { method: 'POST', body: '{}' })).status).toBe(500);
    } finally {
      await server.close();
    }
  });
});
