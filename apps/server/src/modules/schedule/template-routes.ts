import { apiErrorSchema, scheduleTemplateListSchema, scheduleTemplateSchema } from '@xinglin/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, requireAuth } from '../../http/auth-guard';
import type { AuditService } from '../audit/service';
import type { AuthService } from '../auth/service';
import type { CatalogService } from '../catalog/service';
import type { ScheduleService } from './service';

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema };
const params = z.object({ id: z.string().max(64) });

/** 出诊模板: hospital admins edit a doctor's weekly clinics; new dates are materialised from them at once. */
export const scheduleTemplateRoutes: FastifyPluginAsyncZod<{ schedule: ScheduleService; catalog: CatalogService; audit: AuditService; auth: AuthService }> = async (app, deps) => {
  app.addHook('preHandler', requireAuth(deps.auth, ['admin']));
  const tags = ['schedule-admin'];
  const security = [{ bearer: [] }];

  app.get('/staff/doctors/:id/templates', { schema: { tags, security, summary: "A doctor's weekly clinic templates", params, response: { 200: scheduleTemplateListSchema, ...errors } } }, async (req) => ({
    items: await deps.schedule.templates.list(deps.catalog, req.params.id),
  }));
  app.put('/staff/doctors/:id/templates', {
    schema: { tags, security, summary: 'Save one weekly clinic (by weekday and period); later dates follow it', params, body: scheduleTemplateSchema, response: { 200: z.object({ sessionsCreated: z.number() }), ...errors } },
  }, async (req) => {
    const staffId = principalOf(req).subjectId;
    return deps.schedule.templates.save(deps.catalog, req.params.id, req.body, (tx, doctorId) =>
      deps.audit.record(tx, { actor: { kind: 'staff', id: staffId, role: 'admin' }, objectType: 'schedule_template', objectId: doctorId, action: 'save', outcome: 'success', ip: req.ip, requestId: req.id }).then(() => undefined),
    );
  });
};
