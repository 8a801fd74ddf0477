import {
  apiErrorSchema,
  careGrantListSchema,
  careGrantRequestSchema,
  careGrantSchema,
  clinicalPatientListSchema,
  clinicalSearchQuerySchema,
  healthRecordHistorySchema,
  healthRecordSchema,
  healthRecordUpdateSchema,
  recordAccessLogSchema,
} from '@xinglin/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, requireAuth } from '../../http/auth-guard';
import type { AuthService } from '../auth/service';
import type { RecordsService } from './index';

const security = [{ bearer: [] }];
const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema };
const idParams = z.object({ id: z.string().max(64) });

/** Patient app: /patients/:id/health-record and friends. */
export const patientRecordRoutes: FastifyPluginAsyncZod<{ records: RecordsService; auth: AuthService }> = async (app, { records, auth }) => {
  app.addHook('preHandler', requireAuth(auth, ['patient']));
  const tags = ['health records'];
  const caller = (req: FastifyRequest) => ({ accountId: principalOf(req).subjectId, ip: req.ip, requestId: req.id });
  const r = records.patient;

  app.get('/patients/:id/health-record', { schema: { tags, security, summary: 'Health record (电子健康档案)', params: idParams, response: { 200: healthRecordSchema, ...errors } } }, (req) =>
    r.getRecord(caller(req), req.params.id),
  );
  app.put('/patients/:id/health-record', {
    schema: { tags, security, summary: 'Save the health record (send the version you started from)', params: idParams, body: healthRecordUpdateSchema, response: { 200: healthRecordSchema, ...errors } },
  }, (req) => r.updateRecord(caller(req), req.params.id, req.body));
  app.get('/patients/:id/health-record/versions', { schema: { tags, security, summary: 'Who changed the record, when, which fields', params: idParams, response: { 200: healthRecordHistorySchema, ...errors } } }, async (req) => ({
    items: await r.versions(caller(req), req.params.id),
  }));
  app.get('/patients/:id/record-access-log', { schema: { tags, security, summary: 'Who viewed my record', params: idParams, response: { 200: recordAccessLogSchema, ...errors } } }, async (req) => ({
    items: await r.accessLog(caller(req), req.params.id),
  }));
  app.get('/patients/:id/care-grants', { schema: { tags, security, summary: 'Doctors allowed to read this record', params: idParams, response: { 200: careGrantListSchema, ...errors } } }, async (req) => ({
    items: await r.grants(caller(req), req.params.id),
  }));
  app.post('/patients/:id/care-grants', { schema: { tags, security, summary: 'Allow a doctor to read this record for some days', params: idParams, body: careGrantRequestSchema, response: { 201: careGrantSchema, ...errors } } }, async (req, reply) =>
    reply.status(201).send(await r.grant(caller(req), req.params.id, req.body.doctorId, req.body.days)),
  );
  app.delete('/patients/:id/care-grants/:grantId', {
    schema: { tags, security, summary: 'Withdraw a doctor grant', params: z.object({ id: z.string().max(64), grantId: z.string().max(64) }), response: { 204: z.null(), ...errors } },
  }, async (req, reply) => {
    await r.revokeGrant(caller(req), req.params.id, req.params.grantId);
    return reply.status(204).send(null);
  });
};

/** Console workbench: doctors only, and only patients with a live care relationship. */
export const clinicalRoutes: FastifyPluginAsyncZod<{ records: RecordsService; auth: AuthService }> = async (app, { records, auth }) => {
  app.addHook('preHandler', requireAuth(auth, ['doctor']));
  const tags = ['clinical'];
  const caller = (req: FastifyRequest) => ({ principal: principalOf(req), ip: req.ip, requestId: req.id });

  app.get('/clinical/patients', { schema: { tags, security, summary: 'My patients (care relationships)', querystring: clinicalSearchQuerySchema, response: { 200: clinicalPatientListSchema, ...errors } } }, async (req) => ({
    items: await records.clinical.searchPatients(caller(req), req.query.q),
  }));
  app.get('/clinical/patients/:id/health-record', { schema: { tags, security, summary: "A patient's health record (audited)", params: idParams, response: { 200: healthRecordSchema, ...errors } } }, (req) =>
    records.clinical.readRecord(caller(req), req.params.id),
  );
};
