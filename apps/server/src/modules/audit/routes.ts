import {
  apiErrorSchema,
  auditEventListSchema,
  auditEventQuerySchema,
  chainCheckSchema,
  securityAlertSchema,
  type AuditEventView,
  type SecurityAlert,
} from '@xinglin/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, requireAuth } from '../../http/auth-guard';
import type { AuthService } from '../auth/service';
import type { AuditRow, AlertRow } from './repository';
import type { AuditService } from './service';

const tags = ['audit'];
const security = [{ bearer: [] }];
const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema };

const toEvent = (r: AuditRow): AuditEventView => ({ ...r, at: r.at.toISOString(), outcome: r.outcome as AuditEventView['outcome'] });
const toAlert = (a: AlertRow): SecurityAlert => ({
  id: a.id,
  kind: a.kind as SecurityAlert['kind'],
  severity: a.severity as SecurityAlert['severity'],
  actorId: a.actorId,
  patientId: a.patientId,
  summary: a.summary,
  count: a.count,
  createdAt: a.createdAt.toISOString(),
  acknowledged: a.acknowledged,
});

/** The auditor's window: events, alerts and the chain check. Nothing clinical, and no one else. */
export const auditRoutes: FastifyPluginAsyncZod<{ audit: AuditService; auth: AuthService }> = async (app, { audit, auth }) => {
  const auditorOnly = requireAuth(auth, ['auditor']);

  app.get('/audit/events', {
    schema: { tags, security, summary: 'Search the audit trail', querystring: auditEventQuerySchema, response: { 200: auditEventListSchema, ...errors } },
    preHandler: auditorOnly,
  }, async (req) => {
    const q = req.query;
    const { items, total } = await audit.listEvents({
      ...q,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      limit: q.pageSize,
      offset: (q.page - 1) * q.pageSize,
    });
    return { items: items.map(toEvent), total };
  });

  app.get('/audit/alerts', {
    schema: { tags, security, summary: 'Security alerts', querystring: z.object({ open: z.enum(['true', 'false']).default('true') }), response: { 200: z.object({ items: z.array(securityAlertSchema) }), ...errors } },
    preHandler: auditorOnly,
  }, async (req) => ({ items: (await audit.listAlerts(req.query.open === 'true')).map(toAlert) }));

  app.post('/audit/alerts/:id/acknowledge', {
    schema: { tags, security, summary: 'Acknowledge an alert', params: z.object({ id: z.uuid() }), response: { 204: z.null(), 404: apiErrorSchema, ...errors } },
    preHandler: auditorOnly,
  }, async (req, reply) => {
    await audit.acknowledgeAlert(req.params.id, principalOf(req).subjectId);
    return reply.status(204).send(null);
  });

  app.get('/audit/chain', {
    schema: { tags, security, summary: 'Verify the hash chain', response: { 200: chainCheckSchema, ...errors } },
    preHandler: auditorOnly,
  }, async () => audit.verify());
};
