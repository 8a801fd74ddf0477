import {
  accountSchema,
  apiErrorSchema,
  refreshRequestSchema,
  sessionTokensSchema,
  smsCodeRequestSchema,
  smsCodeSentSchema,
  smsLoginRequestSchema,
  staffLoginRequestSchema,
  wechatLoginRequestSchema,
} from '@xinglin/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, requireAuth } from '../../http/auth-guard';
import type { AuthService } from './service';

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 423: apiErrorSchema, 429: apiErrorSchema, 503: apiErrorSchema };
const tags = ['auth'];

export const authRoutes: FastifyPluginAsyncZod<{ auth: AuthService }> = async (app, { auth }) => {
  const meta = (req: { ip: string; id: string; headers: Record<string, unknown> }) => ({
    ip: req.ip,
    requestId: req.id,
    userAgent: typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'] : undefined,
  });

  app.post('/auth/sms-codes', {
    schema: { tags, summary: 'Send a login code by SMS', body: smsCodeRequestSchema, response: { 202: smsCodeSentSchema, ...errors } },
  }, async (req, reply) => reply.status(202).send(await auth.requestLoginCode(req.body.phone)));

  app.post('/auth/sessions', {
    schema: { tags, summary: 'Log in with phone + SMS code', body: smsLoginRequestSchema, response: { 200: sessionTokensSchema, ...errors } },
  }, async (req) => auth.loginWithCode(req.body.phone, req.body.code, meta(req)));

  app.post('/auth/wechat/sessions', {
    schema: { tags, summary: 'WeChat mini program login (wx.login code; getPhoneNumber code the first time)', body: wechatLoginRequestSchema, response: { 200: sessionTokensSchema, 409: apiErrorSchema, 422: apiErrorSchema, ...errors } },
  }, async (req) => auth.loginWithWeChat(req.body.code, req.body.phoneCode, meta(req)));

  app.post('/auth/staff/sessions', {
    schema: { tags, summary: 'Staff login', body: staffLoginRequestSchema, response: { 200: sessionTokensSchema, ...errors } },
  }, async (req) => auth.loginStaff(req.body.username, req.body.password, req.body.totpCode, meta(req)));

  app.post('/auth/refresh', {
    schema: { tags, summary: 'Rotate the refresh token', body: refreshRequestSchema, response: { 200: sessionTokensSchema, ...errors } },
  }, async (req) => auth.refresh(req.body.refreshToken));

  app.post('/auth/logout', {
    schema: { tags, summary: 'End this session', security: [{ bearer: [] }], response: { 204: z.null(), 401: apiErrorSchema } },
    preHandler: requireAuth(auth),
  }, async (req, reply) => {
    await auth.logout(principalOf(req));
    return reply.status(204).send(null);
  });

  app.get('/me', {
    schema: { tags, summary: 'Who am I', security: [{ bearer: [] }], response: { 200: accountSchema, 401: apiErrorSchema } },
    preHandler: requireAuth(auth),
  }, async (req) => principalOf(req).account);
};
