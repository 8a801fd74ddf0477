import { apiErrorSchema, waitlistAdminListSchema, waitlistAdminQuerySchema } from '@xinglin/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf, requireAuth } from '../../http/auth-guard';
import type { AuthService } from '../auth/service';
import { createWaitlistAdmin, type WaitlistAdminDeps } from './waitlist-admin';

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema };

/** 候补 (admin): one department's or one clinic's line, names masked, every look audited. */
export const waitlistAdminRoutes: FastifyPluginAsyncZod<WaitlistAdminDeps & { auth: AuthService }> = async (app, deps) => {
  app.addHook('preHandler', requireAuth(deps.auth, ['admin']));
  const waitlist = createWaitlistAdmin(deps);
  app.get(
    '/staff/waitlist',
    {
      schema: {
        tags: ['booking-admin'],
        security: [{ bearer: [] }],
        summary: '候补: who waits, in order, and the offers not yet paid (names masked)',
        querystring: waitlistAdminQuerySchema,
        response: { 200: waitlistAdminListSchema, ...errors },
      },
    },
    async (req) => ({ items: await waitlist.list({ principal: principalOf(req), ip: req.ip, requestId: req.id }, req.query) }),
  );
};
