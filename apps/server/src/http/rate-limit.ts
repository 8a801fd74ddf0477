import { createHash } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Redis } from 'ioredis';
import type { Config } from '../config';
import { tooManyRequests } from '../errors';
import { bearerToken } from './auth-guard';

/** How long a copy waits for Redis before it answers without the limit (see skipOnError below). */
const REDIS_TIMEOUT_MS = 500;
const LOG_EVERY_MS = 60_000;

const isProbe = (req: FastifyRequest) => req.url === '/healthz' || req.url === '/readyz';

/**
 * A signed-in request counts against its session (a hash of its bearer token), any other against its address:
 * thousands of patients behind one hospital Wi-Fi or carrier NAT share an address but not a session. The token is
 * not checked here (that costs a database read; the route's auth guard does it), so made-up tokens would each get a
 * fresh count: the per-address ceiling below caps them.
 */
function clientKey(req: FastifyRequest): string {
  const token = bearerToken(req);
  return token ? `s:${createHash('sha256').update(token).digest('base64url').slice(0, 22)}` : `ip:${req.ip}`;
}

/**
 * The request rate limits: RATE_LIMIT_PER_MINUTE per session or per address without one, and
 * RATE_LIMIT_PER_IP_PER_MINUTE per address whatever its sessions (the load balancer's X-Forwarded-For with
 * TRUST_PROXY). The counters are in Redis when REDIS_URL is set, so that N copies behind the load balancer count
 * together; otherwise in this process (one copy, the demo). Health probes are never limited.
 *
 * When Redis is down or slow the request is answered without the limit (fail open) and a warning is logged at
 * most once a minute: this limit only blunts floods, and patients must not lose the app with it. The limits that
 * guard accounts (SMS sends and code tries, staff lockout) are rows in PostgreSQL and do not depend on Redis.
 */
export async function registerRateLimit(app: FastifyInstance, config: Config): Promise<void> {
  const redis = config.redisUrl ? await connectRedis(app, config.redisUrl) : undefined;
  await app.register(rateLimit, {
    global: true,
    max: config.rateLimitPerMinute,
    timeWindow: 60_000,
    redis,
    nameSpace: 'xinglin:rate:',
    skipOnError: true,
    keyGenerator: clientKey,
    allowList: isProbe,
    errorResponseBuilder: (_req, ctx) =>
      tooManyRequests('RATE_LIMITED', '请求过于频繁，请稍后再试', 'Too many requests; please try again later', Math.ceil(ctx.ttl / 1000)),
  });
  // A second count per address. The plugin runs one limit per request (the first sets its "ran" mark), so this one
  // is a limiter of the plugin's (same store) applied by a hook of our own.
  const perAddress = app.createRateLimit({ max: config.rateLimitPerIpPerMinute, timeWindow: 60_000, keyGenerator: (req) => `a:${req.ip}`, allowList: isProbe });
  app.addHook('onRequest', async (req, reply) => {
    const limit = await perAddress(req);
    if (limit.isAllowed || !limit.isExceeded) return;
    reply.header('retry-after', limit.ttlInSeconds);
    throw tooManyRequests('RATE_LIMITED', '请求过于频繁，请稍后再试', 'Too many requests; please try again later', limit.ttlInSeconds);
  });
}

/** Connected, or after REDIS_TIMEOUT_MS without it (start-up goes on; ioredis keeps trying in the background). */
async function connectRedis(app: FastifyInstance, url: string): Promise<Redis> {
  const redis = new Redis(url, {
    connectTimeout: REDIS_TIMEOUT_MS,
    commandTimeout: REDIS_TIMEOUT_MS,
    // A command while disconnected fails at once instead of waiting in a queue, so requests are not held up.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
  });
  let lastLogged = 0;
  redis.on('error', (err: Error) => {
    if (Date.now() - lastLogged < LOG_EVERY_MS) return;
    lastLogged = Date.now();
    app.log.warn({ err: err.message }, 'Redis for the rate limit is unavailable; requests are answered without the limit');
  });
  app.addHook('onClose', async () => {
    redis.disconnect();
  });
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, REDIS_TIMEOUT_MS);
    redis.once('ready', () => (clearTimeout(timer), resolve()));
  });
  return redis;
}
