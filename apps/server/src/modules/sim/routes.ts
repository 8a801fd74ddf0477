import { phoneSchema } from '@xinglin/contracts';
import { maskName } from '@xinglin/field-crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../errors';
import type { Integrations } from '../../integrations';
import { faceVerifyPage } from './face-page';

const tags = ['simulators'];
const smsListSchema = z.object({
  messages: z.array(z.object({ phone: z.string(), text: z.string(), code: z.string().nullable(), sentAt: z.iso.datetime() })),
});
const codeSchema = z.object({ code: z.string() });

/**
 * Development-only windows into the simulators, registered only while SIMULATORS=on: read the SMS inbox,
 * play the WeChat client's part (wx.login / getPhoneNumber codes) and Tencent's face-check page.
 */
export const simRoutes: FastifyPluginAsyncZod<{ integrations: Integrations }> = async (app, { integrations }) => {
  const { sms, wechat, identity } = integrations;

  if (sms.simulator) {
    const inbox = sms.simulator;
    app.get('/sim/sms', {
      schema: { tags, summary: 'Text messages the SMS simulator delivered (newest last)', querystring: z.object({ phone: phoneSchema.optional() }), response: { 200: smsListSchema } },
    }, (req) => ({
      messages: inbox.messages(req.query.phone).map((m) => ({
        phone: m.phone,
        text: m.text,
        code: /^\d{4,8}$/.test(m.params[0] ?? '') ? m.params[0]! : null,
        sentAt: m.sentAt.toISOString(),
      })),
    }));
  }

  if (wechat.simulator) {
    const wx = wechat.simulator;
    app.post('/sim/wechat/login-code', {
      schema: { tags, summary: 'What wx.login returns on a phone: a one-time code for a simulated WeChat user', body: z.object({ phone: phoneSchema.optional(), openid: z.string().max(64).optional() }), response: { 200: codeSchema } },
    }, (req) => ({ code: wx.issueLoginCode({ phone: req.body.phone, openid: req.body.openid }) }));
    app.post('/sim/wechat/phone-code', {
      schema: { tags, summary: 'What the getPhoneNumber button returns', body: z.object({ phone: phoneSchema }), response: { 200: codeSchema } },
    }, (req) => ({ code: wx.issuePhoneCode(req.body.phone) }));
  }

  if (identity.simulator) {
    const face = identity.simulator;
    app.get('/sim/faceid/verify', { schema: { tags, summary: "Tencent's face-check page, simulated", querystring: z.object({ bizToken: z.string().max(128) }) } }, (req, reply) => {
      const session = face.session(req.query.bizToken);
      if (!session) throw notFound({ zh: '核身会话', en: 'Face session' });
      return reply.type('text/html').send(faceVerifyPage(session.bizToken, maskName(session.name)));
    });
    app.get('/sim/faceid/complete', {
      schema: { tags, summary: 'Finish the simulated face check', querystring: z.object({ bizToken: z.string().max(128), outcome: z.enum(['passed', 'failed']) }) },
    }, (req, reply) => {
      const session = face.session(req.query.bizToken);
      if (!session || !face.completeFace(req.query.bizToken, req.query.outcome)) throw notFound({ zh: '核身会话', en: 'Face session' });
      const target = session.redirectUrl.startsWith('/') ? session.redirectUrl : '/';
      return reply.redirect(`${target}${target.includes('?') ? '&' : '?'}bizToken=${encodeURIComponent(session.bizToken)}`);
    });
  }
};
