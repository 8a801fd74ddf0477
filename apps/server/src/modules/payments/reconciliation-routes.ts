import { apiErrorSchema, manualRefundCreateSchema, orderSourceSchema, orderStatusSchema, paymentChannelSchema, refundStatusSchema, manualRefundListSchema, manualRefundRequestSchema, reconciliationQuerySchema } from '@xinglin/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, requireAuth } from '../../http/auth-guard';
import type { AuthService } from '../auth/service';
import type { createManualRefundService, ManualRefundRow } from './manual-refund-service';
import type { createFinanceLists } from './reconciliation-lists';
import type { createReconciliationService } from './reconciliation-service';

const tags = ['finance'];
const security = [{ bearer: [] }];
const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema, 503: apiErrorSchema };

const view = (r: ManualRefundRow) => ({ ...r, requestedAt: r.requestedAt.toISOString(), decidedAt: r.decidedAt?.toISOString() ?? null, status: r.status as 'requested' | 'approved' | 'rejected' });

/** Console finance (admins): the daily reconciliation report (JSON or CSV) and manual refunds with a second approver. */
export const financeRoutes: FastifyPluginAsyncZod<{ reconciliation: ReturnType<typeof createReconciliationService>; manualRefunds: ReturnType<typeof createManualRefundService>; lists: ReturnType<typeof createFinanceLists>; auth: AuthService }> = async (app, { reconciliation, manualRefunds, lists, auth }) => {
  app.addHook('preHandler', requireAuth(auth, ['admin']));
  const staff = (req: FastifyRequest) => ({ id: principalOf(req).subjectId, ip: req.ip, requestId: req.id });
  const s = <T extends object>(summary: string, extra: T) => ({ schema: { tags, security, summary, ...extra } });

  app.get('/admin/finance/reconciliation', s('对账: our orders against the channel’s (WeChat Pay or Alipay) trade bill for a Beijing day; every difference, or CSV', { querystring: reconciliationQuerySchema, response: { 200: z.any().describe('ReconciliationReport JSON, or CSV with format=csv'), ...errors } }), async (req, reply) => {
    if (req.query.format === 'csv') {
      const csv = await reconciliation.csv(staff(req), req.query.date, req.query.channel);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="reconciliation-${req.query.channel}-${req.query.date}.csv"`).send(csv);
    }
    return reconciliation.report(staff(req), req.query.date, req.query.channel);
  });
  const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD / The date must be YYYY-MM-DD' });
  const orderQuery = z.object({
    status: orderStatusSchema.optional(), source: orderSourceSchema.optional(), channel: paymentChannelSchema.optional(), orderNo: z.string().max(64).optional(),
    from: day.optional(), to: day.optional(), page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(100).default(20),
  });
  app.get('/admin/finance/orders', s('Payments (orders) with filters', { querystring: orderQuery, response: { 200: z.any(), ...errors } }), async (req) => lists.orders(staff(req), req.query));
  app.get('/admin/finance/refunds', s('Refunds, newest first', { querystring: z.object({ status: refundStatusSchema.optional() }), response: { 200: z.any(), ...errors } }), async (req) => lists.refunds(staff(req), req.query.status));
  app.get('/admin/finance/manual-refunds', s('Manual refund requests', { querystring: z.object({ status: z.enum(['requested', 'approved', 'rejected']).optional() }), response: { 200: manualRefundListSchema, ...errors } }), async (req) => ({ items: (await manualRefunds.list(req.query.status)).map(view) }));
  app.post('/admin/finance/manual-refunds', s('Ask for a manual refund of a paid order (another admin approves)', { body: manualRefundCreateSchema, response: { 201: manualRefundRequestSchema, ...errors } }), async (req, reply) => reply.status(201).send(view(await manualRefunds.request(staff(req), req.body.orderId, req.body.reason))));
  for (const [path, approve] of [['approve', true], ['reject', false]] as const) {
    app.post(`/admin/finance/manual-refunds/:id/${path}`, s(`${approve ? 'Approve' : 'Reject'} a manual refund (not the requester)`, { params: z.object({ id: z.string().max(64) }), response: { 200: manualRefundRequestSchema, ...errors } }), async (req) => view(await manualRefunds.decide(staff(req), req.params.id, approve)));
  }
};
