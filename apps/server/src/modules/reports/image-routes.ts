import { apiErrorSchema, reportImageListSchema } from '@xinglin/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, requireAuth } from '../../http/auth-guard';
import type { AuthService } from '../auth/service';
import type { createReportImages, ImageViewer } from './image-service';

type ReportImages = ReturnType<typeof createReportImages>;

const security = [{ bearer: [] }];
const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 503: apiErrorSchema };
const idParams = z.object({ id: z.string().max(64) });
// Key image lists are short; a larger n is a typo or a probe, and 400 says so before the PACS is asked.
const imageParams = z.object({ id: z.string().max(64), n: z.coerce.number().int().min(0).max(999) });
const pngResponse = { 200: z.any().describe('image/png'), ...errors };

async function sendImage(reply: FastifyReply, images: ReportImages, who: ImageViewer, id: string, n: number) {
  const { png, contentType } = await images.image(who, id, n);
  // Patient images: never cached by proxies or the browser, never sniffed as something else.
  return reply
    .header('content-type', contentType === 'image/jpeg' ? 'image/jpeg' : 'image/png')
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(png);
}

/** The patient app: key images of an imaging report, under the same access rule as the report. */
export const patientReportImageRoutes: FastifyPluginAsyncZod<{ images: ReportImages; auth: AuthService }> = async (app, { images, auth }) => {
  app.addHook('preHandler', requireAuth(auth, ['patient']));
  const tags = ['reports'];
  const who = (req: FastifyRequest): ImageViewer => ({ kind: 'patient', caller: { accountId: principalOf(req).subjectId, ip: req.ip, requestId: req.id } });
  app.get('/reports/:id/images', { schema: { tags, security, summary: 'How many key images an imaging report has, with captions (audited)', params: idParams, response: { 200: reportImageListSchema, ...errors } } }, (req) =>
    images.list(who(req), req.params.id),
  );
  app.get('/reports/:id/images/:n', { schema: { tags, security, summary: 'Key image n of an imaging report as PNG (audited)', params: imageParams, response: pngResponse } }, (req, reply) =>
    sendImage(reply, images, who(req), req.params.id, req.params.n),
  );
};

/** The console: the same images for a doctor with a care relationship. */
export const clinicalReportImageRoutes: FastifyPluginAsyncZod<{ images: ReportImages; auth: AuthService }> = async (app, { images, auth }) => {
  app.addHook('preHandler', requireAuth(auth, ['doctor']));
  const tags = ['clinical'];
  const who = (req: FastifyRequest): ImageViewer => ({ kind: 'staff', caller: { principal: principalOf(req), ip: req.ip, requestId: req.id } });
  app.get('/clinical/reports/:id/images', { schema: { tags, security, summary: 'Key images of a report (care relationship required, audited)', params: idParams, response: { 200: reportImageListSchema, ...errors } } }, (req) =>
    images.list(who(req), req.params.id),
  );
  app.get('/clinical/reports/:id/images/:n', { schema: { tags, security, summary: 'Key image n as PNG (care relationship required, audited)', params: imageParams, response: pngResponse } }, (req, reply) =>
    sendImage(reply, images, who(req), req.params.id, req.params.n),
  );
};
