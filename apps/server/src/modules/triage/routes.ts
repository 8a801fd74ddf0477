import {
  apiErrorSchema,
  triageOptionsSchema,
  triageRequestSchema,
  triageResultSchema,
  triageRuleInputSchema,
  triageRuleListSchema,
  triageRuleSchema,
} from '@xinglin/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, requireAuth } from '../../http/auth-guard';
import type { AuthService } from '../auth/service';
import type { TriageService } from './service';

const tags = ['triage'];
const security = [{ bearer: [] }];
const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 422: apiErrorSchema };
const idParams = z.object({ id: z.string().max(64) });

/** Public: anyone may ask where to go, before signing in. */
export const triageRoutes: FastifyPluginAsyncZod<{ triage: TriageService }> = async (app, { triage }) => {
  app.get('/triage/options', { schema: { tags, summary: 'Body parts and symptom chips for the triage page', response: { 200: triageOptionsSchema } } }, () =>
    triage.options(),
  );
  app.post('/triage', {
    schema: { tags, summary: 'Suggested departments for symptoms (智能导诊), with reasons; red flags answer 急诊', body: triageRequestSchema, response: { 200: triageResultSchema, 400: apiErrorSchema, 422: apiErrorSchema } },
  }, (req) => triage.triage(req.body));
};

/** Hospital admins edit the rules; every change is audited. */
export const triageAdminRoutes: FastifyPluginAsyncZod<{ triage: TriageService; auth: AuthService }> = async (app, { triage, auth }) => {
  app.addHook('preHandler', requireAuth(auth, ['admin']));
  const caller = (req: FastifyRequest) => ({ staffId: principalOf(req).subjectId, ip: req.ip, requestId: req.id });

  app.get('/admin/triage-rules', { schema: { tags, security, summary: 'Every triage rule, enabled or not', response: { 200: triageRuleListSchema, ...errors } } }, async () => ({
    items: await triage.admin.list(),
  }));
  app.post('/admin/triage-rules', { schema: { tags, security, summary: 'Add a triage rule', body: triageRuleInputSchema, response: { 201: triageRuleSchema, ...errors } } }, async (req, reply) =>
    reply.status(201).send(await triage.admin.create(caller(req), req.body)),
  );
  app.put('/admin/triage-rules/:id', { schema: { tags, security, summary: 'Change a triage rule', params: idParams, body: triageRuleInputSchema, response: { 200: triageRuleSchema, ...errors } } }, (req) =>
    triage.admin.update(caller(req), req.params.id, req.body),
  );
  app.post('/admin/triage-rules/:id/disable', { schema: { tags, security, summary: 'Switch a triage rule off', params: idParams, response: { 200: triageRuleSchema, ...errors } } }, (req) =>
    triage.admin.disable(caller(req), req.params.id),
  );
};
