import {
  addCardSchema,
  apiErrorSchema,
  faceResultSchema,
  faceStartSchema,
  familyInvitationConfirmSchema,
  familyInvitationRequestSchema,
  familyInvitationSentSchema,
  managerListSchema,
  patientListSchema,
  patientSummarySchema,
  realNameRequestSchema,
  recordAccessGrantSchema,
  revealQuerySchema,
  revealResultSchema,
} from '@xinglin/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, requireAuth } from '../../http/auth-guard';
import type { AuthService } from '../auth/service';
import { MAX_PATIENTS_PER_ACCOUNT } from './domain';
import type { PatientsService } from './index';

const tags = ['patients'];
const security = [{ bearer: [] }];
const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema, 422: apiErrorSchema, 429: apiErrorSchema, 503: apiErrorSchema };
const idParams = z.object({ id: z.string().max(64) });
const managerParams = z.object({ accountId: z.string().max(64) });
const noContent = { 204: z.null(), ...errors };

/** The patient app's 就诊人 API. Every route is for a logged-in patient account and scoped to it. */
export const patientRoutes: FastifyPluginAsyncZod<{ patients: PatientsService; auth: AuthService }> = async (app, { patients, auth }) => {
  app.addHook('preHandler', requireAuth(auth, ['patient']));
  const caller = (req: FastifyRequest) => ({ accountId: principalOf(req).subjectId, ip: req.ip, requestId: req.id });

  app.get('/patients', { schema: { tags, security, summary: 'My patients: self and family', response: { 200: patientListSchema, ...errors } } }, async (req) => ({
    items: await patients.core.list(caller(req)),
    limit: MAX_PATIENTS_PER_ACCOUNT,
  }));

  app.post('/patients/self/verification', {
    schema: { tags, security, summary: 'Real-name verification (L2): name + ID document', body: realNameRequestSchema, response: { 200: patientSummarySchema, ...errors } },
  }, (req) => patients.verifySelf(caller(req), req.body.name, req.body.idType, req.body.idNumber));

  app.post('/patients/self/face-verification', {
    schema: { tags, security, summary: 'Start face verification (L3)', body: z.object({ redirectUrl: z.string().max(500).default('/pages/me/index') }).default({ redirectUrl: '/pages/me/index' }), response: { 200: faceStartSchema, ...errors } },
  }, (req) => patients.startFace(caller(req), req.body.redirectUrl));

  app.get('/patients/self/face-verification/:bizToken', {
    schema: { tags, security, summary: 'Face verification result', params: z.object({ bizToken: z.string().max(128) }), response: { 200: faceResultSchema, ...errors } },
  }, (req) => patients.faceResult(caller(req), req.params.bizToken));

  app.post('/family/invitations', {
    schema: { tags, security, summary: 'Add a family member (under 14: at once; otherwise after their SMS consent)', body: familyInvitationRequestSchema, response: { 201: patientSummarySchema, 202: familyInvitationSentSchema, ...errors } },
  }, async (req, reply) => {
    const result = await patients.invite(caller(req), req.body);
    return result.kind === 'added' ? reply.status(201).send(result.patient) : reply.status(202).send(result);
  });

  app.post('/family/invitations/:id/confirm', {
    schema: { tags, security, summary: 'Confirm with the code the family member received', params: idParams, body: familyInvitationConfirmSchema, response: { 201: patientSummarySchema, ...errors } },
  }, async (req, reply) => reply.status(201).send(await patients.confirm(caller(req), req.params.id, req.body.code)));

  app.delete('/patients/:id', { schema: { tags, security, summary: 'Remove a family member from my list', params: idParams, response: noContent } }, async (req, reply) => {
    await patients.remove(caller(req), req.params.id);
    return reply.status(204).send(null);
  });

  app.get('/me/managers', { schema: { tags, security, summary: 'Who manages me', response: { 200: managerListSchema, ...errors } } }, async (req) => ({
    items: await patients.managersOfMe(caller(req)),
  }));

  app.delete('/me/managers/:accountId', { schema: { tags, security, summary: 'Stop someone managing me', params: managerParams, response: noContent } }, async (req, reply) => {
    await patients.revokeManager(caller(req), req.params.accountId);
    return reply.status(204).send(null);
  });

  app.put('/me/managers/:accountId/record-access', {
    schema: { tags, security, summary: 'Allow or stop a manager reading my health record', params: managerParams, body: recordAccessGrantSchema, response: noContent },
  }, async (req, reply) => {
    await patients.setRecordAccess(caller(req), req.params.accountId, req.body.granted);
    return reply.status(204).send(null);
  });

  app.post('/patients/:id/cards', { schema: { tags, security, summary: 'Bind a medical card (就诊卡)', params: idParams, body: addCardSchema, response: { 201: patientSummarySchema, ...errors } } }, async (req, reply) =>
    reply.status(201).send(await patients.addCard(caller(req), req.params.id, req.body.cardNo)),
  );

  app.delete('/patients/:id/cards/:cardNo', {
    schema: { tags, security, summary: 'Unbind a medical card', params: z.object({ id: z.string().max(64), cardNo: z.string().max(32) }), response: noContent },
  }, async (req, reply) => {
    await patients.removeCard(caller(req), req.params.id, req.params.cardNo);
    return reply.status(204).send(null);
  });

  app.get('/patients/:id/reveal', { schema: { tags, security, summary: 'Show a full ID number or phone (audited)', params: idParams, querystring: revealQuerySchema, response: { 200: revealResultSchema, ...errors } } }, async (req) => ({
    field: req.query.field,
    value: await patients.reveal(caller(req), req.params.id, req.query.field),
  }));
};
