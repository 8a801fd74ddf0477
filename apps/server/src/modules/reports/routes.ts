import {
  apiErrorSchema,
  reportAnalyteListSchema,
  reportDetailSchema,
  reportListQuerySchema,
  reportListSchema,
  reportShareListSchema,
  reportShareRequestSchema,
  reportShareSchema,
  reportTrendQuerySchema,
  reportTrendSchema,
  sharedReportSchema,
} from '@xinglin/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, requireAuth } from '../../http/auth-guard';
import type { AuthService } from '../auth/service';
import type { ReportsService } from './index';

const security = [{ bearer: [] }];
const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema };
const idParams = z.object({ id: z.string().max(64) });
const pdfResponse = { 200: z.any().describe('application/pdf'), ...errors };

export const sendPdf = (reply: FastifyReply, file: { pdf: Buffer; fileName: string }) =>
  reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="${file.fileName}"`).header('cache-control', 'no-store').send(file.pdf);

/** Patient app: reports of a family member, detail, trends, PDF, share links. */
export const patientReportRoutes: FastifyPluginAsyncZod<{ reports: ReportsService; auth: AuthService }> = async (app, { reports, auth }) => {
  app.addHook('preHandler', requireAuth(auth, ['patient']));
  const tags = ['reports'];
  const caller = (req: FastifyRequest) => ({ accountId: principalOf(req).subjectId, ip: req.ip, requestId: req.id });
  const r = reports.patient;

  app.get('/patients/:id/reports', { schema: { tags, security, summary: 'Lab and imaging reports of a family member', params: idParams, querystring: reportListQuerySchema, response: { 200: reportListSchema, ...errors } } }, async (req) => ({
    items: await r.list(caller(req), req.params.id, req.query.status),
  }));
  app.get('/patients/:id/report-analytes', { schema: { tags, security, summary: 'Numeric analytes with results, for the trend picker', params: idParams, response: { 200: reportAnalyteListSchema, ...errors } } }, async (req) => ({
    items: await r.analytes(caller(req), req.params.id),
  }));
  app.get('/patients/:id/report-trends', { schema: { tags, security, summary: 'One analyte across all reports (e.g. code=GLU)', params: idParams, querystring: reportTrendQuerySchema, response: { 200: reportTrendSchema, ...errors } } }, (req) =>
    r.trend(caller(req), req.params.id, req.query.code),
  );
  app.get('/reports/:id', { schema: { tags, security, summary: 'A report with each value, unit, range and abnormal flags (audited)', params: idParams, response: { 200: reportDetailSchema, ...errors } } }, (req) =>
    r.detail(caller(req), req.params.id),
  );
  app.get('/reports/:id/pdf', { schema: { tags, security, summary: 'The report as PDF (audited)', params: idParams, response: pdfResponse } }, async (req, reply) => sendPdf(reply, await r.pdf(caller(req), req.params.id)));
  app.get('/reports/:id/shares', { schema: { tags, security, summary: 'Share links of a report', params: idParams, response: { 200: reportShareListSchema, ...errors } } }, async (req) => ({
    items: await r.shares(caller(req), req.params.id),
  }));
  app.post('/reports/:id/shares', { schema: { tags, security, summary: 'Create an expiring share link (default 72 h)', params: idParams, body: reportShareRequestSchema, response: { 201: reportShareSchema, ...errors } } }, async (req, reply) =>
    reply.status(201).send(await r.createShare(caller(req), req.params.id, req.body)),
  );
  app.delete('/reports/:id/shares/:shareId', {
    schema: { tags, security, summary: 'Revoke a share link', params: z.object({ id: z.string().max(64), shareId: z.string().max(64) }), response: { 204: z.null(), ...errors } },
  }, async (req, reply) => {
    await r.revokeShare(caller(req), req.params.id, req.params.shareId);
    return reply.status(204).send(null);
  });
};

/** Opening a share link: no sign-in, the signed token decides; every opening is audited. */
export const sharedReportRoutes: FastifyPluginAsyncZod<{ reports: ReportsService }> = async (app, { reports }) => {
  const tags = ['reports'];
  const tokenParams = z.object({ token: z.string().max(128) });
  const meta = (req: FastifyRequest) => ({ ip: req.ip, requestId: req.id });
  app.get('/shared-reports/:token', { schema: { tags, summary: 'A shared report (expired or revoked links answer 404)', params: tokenParams, response: { 200: sharedReportSchema, ...errors } } }, async (req, reply) => {
    reply.header('cache-control', 'no-store');
    return reports.shared.open(req.params.token, meta(req));
  });
  app.get('/shared-reports/:token/pdf', { schema: { tags, summary: 'A shared report as PDF', params: tokenParams, response: pdfResponse } }, async (req, reply) => sendPdf(reply, await reports.shared.pdf(req.params.token, meta(req))));
};
