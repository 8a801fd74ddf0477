import { randomBytes, randomInt } from 'node:crypto';
import net from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { testConfig } from '../config';
import { registerErrorHandling } from './error-handler';
import { registerRateLimit } from './rate-limit';

// The machine's Redis (CI has one at 127.0.0.1:6379); elsewhere these tests are skipped when none answers.
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisAnswers = await new Promise<boolean>((resolve) => {
  const { hostname, port } = new URL(REDIS_URL);
  const socket = net.connect(Number(port || 6379), hostname, () => (socket.end(), resolve(true)));
  socket.on('error', () => resolve(false));
});

const copies: FastifyInstance[] = [];
afterAll(() => Promise.all(copies.map((c) => c.close())));

/** One copy of the server as far as the limit goes: the error mapping, the limit and one route. */
async function copy(env: Record<string, string>): Promise<FastifyInstance> {
  const app = Fastify();
  registerErrorHandling(app);
  await registerRateLimit(app, testConfig(env));
  app.get('/api/v1/hospital', () => ({ ok: true }));
  app.get('/readyz', () => ({ ok: true }));
  await app.ready();
  copies.push(app);
  return app;
}

/** A client address of its own per test, so runs sharing one Redis never count each other's requests. */
const clientIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
const get = (app: FastifyInstance, ip: string, url = '/api/v1/hospital', token?: string) =>
  app.inject({ method: 'GET', url, remoteAddress: ip, headers: token ? { authorization: `Bearer ${token}` } : {} });
const token = () => randomBytes(24).toString('base64url');

describe.skipIf(!redisAnswers && !process.env.CI)('rate limit shared by the copies behind the load balancer', () => {
  it('counts the requests of one client across two copies with the same Redis, and answers the next with 429', async () => {
    const [a, b] = [await copy({ RATE_LIMIT_PER_MINUTE: '3', REDIS_URL }), await copy({ RATE_LIMIT_PER_MINUTE: '3', REDIS_URL })];
    const ip = clientIp();
    const codes = [];
    for (const app of [a, b, a, b]) codes.push((await get(app, ip)).statusCode);
    expect(codes).toEqual([200, 200, 200, 429]);
    const limited = await get(a, ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED', messageZh: '请求过于频繁，请稍后再试', messageEn: 'Too many requests; please try again later' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another client is not affected, and health probes are never limited.
    expect((await get(b, clientIp())).statusCode).toBe(200);
    expect((await get(b, ip, '/readyz')).statusCode).toBe(200);
  });

  it('without REDIS_URL each copy counts alone (one copy, the demo)', async () => {
    const [a, b] = [await copy({ RATE_LIMIT_PER_MINUTE: '2' }), await copy({ RATE_LIMIT_PER_MINUTE: '2' })];
    const ip = clientIp();
    const codes = [];
    for (const app of [a, b, a, b, a]) codes.push((await get(app, ip)).statusCode);
    expect(codes).toEqual([200, 200, 200, 200, 429]);
  });
});

describe('rate limit per session, with a ceiling per address', () => {
  it('counts signed-in requests by their session, so patients behind one address (hospital Wi-Fi) do not share a limit', async () => {
    const app = await copy({ RATE_LIMIT_PER_MINUTE: '2', RATE_LIMIT_PER_IP_PER_MINUTE: '100' });
    const [ip, alice, bob] = [clientIp(), token(), token()];
    const codes = [];
    for (const who of [alice, alice, alice, bob, bob, undefined, undefined, undefined]) codes.push((await get(app, ip, '/api/v1/hospital', who)).statusCode);
    // alice's third is refused; bob and the signed-out requests of the same address count apart.
    expect(codes).toEqual([200, 200, 429, 200, 200, 200, 200, 429]);
  });

  it('caps one address whatever tokens it sends, so made-up tokens do not escape the limit', async () => {
    const app = await copy({ RATE_LIMIT_PER_MINUTE: '100', RATE_LIMIT_PER_IP_PER_MINUTE: '3' });
    const ip = clientIp();
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await get(app, ip, '/api/v1/hospital', token())).statusCode);
    expect(codes).toEqual([200, 200, 200, 429]);
    const limited = await get(app, ip, '/api/v1/hospital', token());
    expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED', messageEn: 'Too many requests; please try again later' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await get(app, clientIp(), '/api/v1/hospital', token())).statusCode).toBe(200);
    expect((await get(app, ip, '/readyz')).statusCode).toBe(200);
  });
});

describe('rate limit when Redis is down', () => {
  it('answers requests without the limit instead of failing them', async () => {
    // Nothing listens on port 1: every counter update fails, and the limit steps aside (skipOnError).
    const app = await copy({ RATE_LIMIT_PER_MINUTE: '1', RATE_LIMIT_PER_IP_PER_MINUTE: '1', REDIS_URL: 'redis://127.0.0.1:1' });
    const ip = clientIp();
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await get(app, ip)).statusCode);
    expect(codes).toEqual([200, 200, 200]);
  });
});
