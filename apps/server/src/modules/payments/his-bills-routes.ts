import { apiErrorSchema, feeDetailsSchema, feeQuerySchema, insurancePresettlementSchema, orderSchema, outpatientBillsSchema, outpatientOrderRequestSchema } from '@xinglin/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../errors';
import { principalOf, requireAuth } from '../../http/auth-guard';
import { isUuid } from '../../ids';
import type { AuthService } from '../auth/service';
import type { createFeeService } from './fee-service';
import type { HisIntegration } from './his-bills-integration';
import type { HisBillsService } from './his-bills-service';
import { requireKey } from './idempotency';
import type { createInsuranceService } from './insurance-service';

const tags = ['payments'];
const security = [{ bearer: [] }];
const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema, 422: apiErrorSchema, 503: apiErrorSchema };
const idParams = z.object({ id: z.string().max(64) });

interface Deps {
  bills: HisBillsService;
  fees: ReturnType<typeof createFeeService>;
  insurance: ReturnType<typeof createInsuranceService>;
  his: HisIntegration;
  auth: AuthService;
}

/** The patient's outpatient bills (门诊缴费), fee details (费用明细) and insurance pre-settlement (医保). */
export const hisBillRoutes: FastifyPluginAsyncZod<Deps> = async (app, { bills, fees, insurance, his, auth }) => {
  if (his.simulator) {
    const sim = his.simulator;
    // Dev and browser tests: "a doctor finished a visit" so the simulated HIS has bills to pay.
    const insurance = z.object({ accountBalanceFen: z.number().int().nonnegative(), deductibleLeftFen: z.number().int().nonnegative() }).nullable().optional();
    app.post('/sim/his/visits', { schema: { hide: true, body: z.object({ patientId: z.uuid(), insurance }) } }, async (req, reply) => {
      if (req.body.insurance !== undefined) sim.setInsured(req.body.patientId, req.body.insurance);
      return reply.status(201).send({ bills: sim.finishVisit(req.body.patientId) });
    });
  }
  await app.register(async (plain) => {
    const own = plain.withTypeProvider<ZodTypeProvider>();
    own.addHook('preHandler', requireAuth(auth, ['patient']));
    const caller = (req: FastifyRequest) => ({ accountId: principalOf(req).subjectId, ip: req.ip, requestId: req.id });
    const s = <T extends object>(summary: string, extra: T) => ({ schema: { tags, security, summary, ...extra } });
    own.get('/outpatient-bills', s('Unpaid outpatient bills of every family member I manage', { response: { 200: outpatientBillsSchema, ...errors } }), async (req) => bills.unpaid(caller(req)));
    own.post('/outpatient-bills/order', s('One order paying several bills of one patient (Idempotency-Key required)', { body: outpatientOrderRequestSchema, headers: z.object({ 'idempotency-key': z.string().max(200).optional() }), response: { 200: orderSchema, 201: orderSchema, ...errors } }), async (req, reply) => {
      const answer = await bills.order(caller(req), req.body, requireKey(req.headers['idempotency-key']));
      return reply.status(answer.statusCode as 200 | 201).send(answer.response as z.infer<typeof orderSchema>);
    });
    own.post('/orders/:id/insurance-presettle', s('医保预结算: the split (统筹 / 个人账户 / 自付) before the patient confirms', { params: idParams, response: { 200: insurancePresettlementSchema, ...errors } }), async (req) => insurance.presettle(caller(req), req.params.id));
    own.get('/patients/:id/fees', s('费用明细 of a patient per visit and item (audited)', { params: idParams, querystring: feeQuerySchema, response: { 200: feeDetailsSchema, ...errors } }), async (req) => {
      if (!isUuid(req.params.id)) throw notFound({ zh: '就诊人', en: 'Patient' });
      return fees.details(caller(req), req.params.id, req.query.visit);
    });
  });
};
