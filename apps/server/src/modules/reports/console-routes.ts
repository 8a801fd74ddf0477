import { apiErrorSchema, reportDetailSchema, reportListSchema, reportTrendQuerySchema, reportTrendSchema, unmatchedMatchRequestSchema, unmatchedMatchResultSchema, unmatchedResultListSchema } from '@xinglin/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, requireAuth } from '../../http/auth-guard';
import type { AuthService } from '../auth/service';
import type { ReportsService } from './index';

const security = [{ bearer: [] }];
const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema };
const idParams = z.object({ id: z.string().max(64) });
const staffCaller = (req: FastifyRequest) => ({ principal: principalOf(req), ip: req.ip, requestId: req.id });

/** Console workbench: a doctor's view of a patient's reports, only with a live care relationship. */
export const clinicalReportRoutes: FastifyPluginAsyncZod<{ reports: ReportsService; auth: AuthService }> = async (app, { reports, auth }) => {
  app.addHook('preHandler', requireAuth(auth, ['doctor']));
  const tags = ['clinical'];
  app.get('/clinical/patients/:id/reports', { schema: { tags, security, summary: "A patient's reports (care relationship required, audited)", params: idParams, response: { 200: reportListSchema, ...errors } } }, async (req) => ({
    items: await reports.clinical.list(staffCaller(req), req.params.id),
  }));
  app.get('/clinical/patients/:id/report-trends', { schema: { tags, security, summary: 'One analyte across the patient’s reports', params: idParams, querystring: reportTrendQuerySchema, response: { 200: reportTrendSchema, ...errors } } }, (req) =>
    reports.clinical.trend(staffCaller(req), req.params.id, req.query.code),
  );
  app.get('/clinical/reports/:id', { schema: { tags, security, summary: 'A report (care relationship required, audited)', params: idParams, response: { 200: reportDetailSchema, ...errors } } }, (req) =>
    reports.clinical.detail(staffCaller(req), req.params.id),
  );
};

/** Console: results whose patient could not be matched, and matching them (admins; no lab role exists yet). */
export const unmatchedReportRoutes: FastifyPluginAsyncZod<{ reports: ReportsService; auth: AuthService }> = async (app, { reports, auth }) => {
  app.addHook('preHandler', requireAuth(auth, ['admin']));
  const tags = ['reports admin'];
  app.get('/admin/unmatched-reports', { schema: { tags, security, summary: 'Results waiting for a patient (audited)', response: { 200: unmatchedResultListSchema, ...errors } } }, async (req) => ({
    items: await reports.unmatched.list(staffCaller(req)),
  }));
  app.post('/admin/unmatched-reports/:id/match', {
    schema: { tags, security, summary: 'Assign the results to a patient (by id, medical card or ID number; audited)', params: idParams, body: unmatchedMatchRequestSchema, response: { 200: unmatchedMatchResultSchema, ...errors } },
  }, (req) => reports.unmatched.match(staffCaller(req), req.params.id, req.body));
};
