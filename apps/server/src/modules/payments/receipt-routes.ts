import { apiErrorSchema, receiptListSchema, type ReceiptVerification } from '@xinglin/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, requireAuth } from '../../http/auth-guard';
import type { AuthService } from '../auth/service';
import { chinaTime, yuan } from './receipt-pdf';
import type { ReceiptService } from './receipt-service';

const tags = ['payments'];
const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema };

/** 电子票据: the payer's list and PDFs, and the public verification behind the QR code. */
export const receiptRoutes: FastifyPluginAsyncZod<{ receipts: ReceiptService; auth: AuthService }> = async (app, { receipts, auth }) => {
  app.get('/receipts/verify', { schema: { tags, summary: 'Is this receipt genuine? JSON, or a small page for a phone browser (Accept: text/html)', querystring: z.object({ t: z.string().min(1).max(300) }), response: { 200: z.any().describe('ReceiptVerification JSON or an HTML page'), ...errors } } }, async (req, reply) => {
    const wantsHtml = (req.headers.accept ?? '').includes('text/html');
    try {
      const v = await receipts.verify(req.query.t, { ip: req.ip, requestId: req.id });
      return wantsHtml ? reply.type('text/html; charset=utf-8').send(page(v)) : v;
    } catch (err) {
      if (!wantsHtml) throw err;
      return reply.status(404).type('text/html; charset=utf-8').send(page(null));
    }
  });

  await app.register(async (plain) => {
    const own = plain.withTypeProvider<ZodTypeProvider>();
    own.addHook('preHandler', requireAuth(auth, ['patient']));
    const caller = (req: FastifyRequest) => ({ accountId: principalOf(req).subjectId, ip: req.ip, requestId: req.id });
    own.get('/receipts', { schema: { tags, security: [{ bearer: [] }], summary: 'My receipts (paid orders)', response: { 200: receiptListSchema, ...errors } } }, async (req) => ({ items: await receipts.list(caller(req)) }));
    own.get('/orders/:id/receipt.pdf', { schema: { tags, security: [{ bearer: [] }], summary: 'The receipt (电子票据) of a paid order as PDF, for its payer (audited)', params: z.object({ id: z.string().max(64) }), response: { 200: z.any().describe('application/pdf'), ...errors } } }, async (req, reply) => {
      const file = await receipts.pdf(caller(req), req.params.id);
      return reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="${file.fileName}"`).header('cache-control', 'no-store').send(file.pdf);
    });
  });
};

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page a scanned QR code opens: no script, the facts a cashier or insurer checks against the paper. */
function page(v: ReceiptVerification | null): string {
  const body = v
    ? `<h1>✔ 票据真实有效</h1><p>${esc(v.hospital)}</p><table>${[
        ['票据号码', v.receiptNo], ['订单号', v.orderNo], ['就诊人', v.patientNameMasked], ['金额', yuan(v.totalFen)],
        ['支付时间', chinaTime(new Date(v.paidAt))], ['状态', v.orderStatus === 'paid' ? '已支付' : v.orderStatus === 'refunded' ? `已全额退款（${yuan(v.refundedFen)}）` : `退款处理中`],
        ...v.items.map((i) => [i.name, `${i.quantity} × ${yuan(i.unitFen)} = ${yuan(i.amountFen)}`]),
      ].map(([k, x]) => `<tr><th>${esc(k!)}</th><td>${esc(x!)}</td></tr>`).join('')}</table>`
    : '<h1>✘ 票据校验未通过</h1><p>该二维码不是本院开具的电子票据，或已被篡改。 / This receipt could not be verified.</p>';
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>电子票据验真</title></head><body>${body}</body></html>`;
}
