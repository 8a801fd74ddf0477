import { apiErrorSchema, orderListQuerySchema, orderListSchema, orderSchema, payRequestSchema, payResponseSchema, refundListSchema } from '@xinglin/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, requireAuth } from '../../http/auth-guard';
import type { AuthService } from '../auth/service';
import { requireKey } from './idempotency';
import type { PaymentsService } from './service';

const tags = ['payments'];
const security = [{ bearer: [] }];
const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema, 422: apiErrorSchema, 503: apiErrorSchema };
const idParams = z.object({ id: z.string().max(64) });
const keyHeader = z.object({ 'idempotency-key': z.string().max(200).optional() });

/** The patient's orders: open a booking's order, pay it, follow it. Create and pay need an Idempotency-Key. */
export const paymentRoutes: FastifyPluginAsyncZod<{ payments: PaymentsService; auth: AuthService }> = async (app, { payments, auth }) => {
  app.addHook('preHandler', requireAuth(auth, ['patient']));
  const caller = (req: FastifyRequest) => ({ accountId: principalOf(req).subjectId, ip: req.ip, requestId: req.id });
  const s = <T extends object>(summary: string, extra: T) => ({ schema: { tags, security, summary, ...extra } });

  app.post('/bookings/:id/order', s('The booking’s order (挂号费): created while the booking is held, then returned as is', { params: idParams, headers: keyHeader, response: { 200: orderSchema, 201: orderSchema, ...errors } }), async (req, reply) => {
    const answer = await payments.orderForBooking(caller(req), req.params.id, requireKey(req.headers['idempotency-key']));
    return reply.status(answer.statusCode as 200 | 201).send(answer.response as z.infer<typeof orderSchema>);
  });
  app.get('/orders', s('My orders', { querystring: orderListQuerySchema, response: { 200: orderListSchema, ...errors } }), async (req) => payments.list(caller(req), req.query));
  app.get('/orders/:id', s('One of my orders with its items', { params: idParams, response: { 200: orderSchema, ...errors } }), async (req) => payments.get(caller(req), req.params.id));
  app.get('/orders/:id/refunds', s('Refunds of one of my orders', { params: idParams, response: { 200: refundListSchema, ...errors } }), async (req) => ({ items: await payments.refundsOf(caller(req), req.params.id) }));
  app.post('/orders/:id/pay', s('Pay: WeChat JSAPI (mini program) or H5, or the Alipay wap cashier', { params: idParams, headers: keyHeader, body: payRequestSchema, response: { 200: payResponseSchema, ...errors } }), async (req) => {
    const answer = await payments.pay(caller(req), req.params.id, req.body, requireKey(req.headers['idempotency-key']));
    return answer.response as z.infer<typeof payResponseSchema>;
  });
  app.post('/orders/:id/sync', s('Ask the channel now (after the cashier returns) instead of waiting for its notification', { params: idParams, response: { 200: orderSchema, ...errors } }), async (req) => payments.sync(caller(req), req.params.id));
};

const headerRecord = (req: FastifyRequest): Record<string, string> =>
  Object.fromEntries(Object.entries(req.headers).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : Array.isArray(v) ? [[k, v.join(',')]] : [])));

/**
 * The channels' notification endpoints (no login: the signature is the authentication). Bodies are kept raw,
 * because WeChat Pay's signature covers the exact bytes and re-serialised JSON would not verify.
 */
export const paymentNotifyRoutes: FastifyPluginAsyncZod<{ payments: PaymentsService }> = async (app, { payments }) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body));
  const hide = { schema: { hide: true } };
  const raw = (req: FastifyRequest) => (typeof req.body === 'string' ? req.body : '');

  app.post('/payments/wechat/notify', hide, async (req, reply) => {
    const answer = await payments.notifyWechat(headerRecord(req), raw(req), { ip: req.ip, requestId: req.id });
    return reply.status(answer.status).type(answer.contentType).send(answer.body);
  });
  app.post('/payments/alipay/notify', hide, async (req, reply) => {
    const answer = await payments.notifyAlipay(headerRecord(req), raw(req), { ip: req.ip, requestId: req.id });
    return reply.status(answer.status).type(answer.contentType).send(answer.body);
  });
};
