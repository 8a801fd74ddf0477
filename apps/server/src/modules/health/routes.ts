import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkReadiness, type Db } from '../../db/client';
import { committedMigrationCount } from '../../db/migrations';

const readySchema = z.object({ status: z.enum(['ready', 'not_ready']), database: z.boolean(), migrations: z.boolean() });

/** Liveness and readiness for the load balancer; neither needs login and neither is rate limited. */
export const healthRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const expected = committedMigrationCount();
  app.get('/healthz', { schema: { tags: ['health'], response: { 200: z.object({ status: z.literal('ok') }) } } }, () => ({
    status: 'ok' as const,
  }));
  app.get('/readyz', { schema: { tags: ['health'], response: { 200: readySchema, 503: readySchema } } }, async (_req, reply) => {
    const r = await checkReadiness(db, expected);
    const ok = r.database && r.migrations;
    return reply.status(ok ? 200 : 503).send({ status: ok ? 'ready' : 'not_ready', ...r });
  });
};
