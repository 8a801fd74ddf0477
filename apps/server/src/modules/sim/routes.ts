import { phoneSchema } from '@xinglin/contracts';
import type { TencentSmsSimulator } from '@xinglin/sms';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const smsListSchema = z.object({
  messages: z.array(
    z.object({ phone: z.string(), text: z.string(), code: z.string().nullable(), sentAt: z.iso.datetime() }),
  ),
});

/** Development-only window into the simulators. Registered only while SIMULATORS=on. */
export const simRoutes: FastifyPluginAsyncZod<{ sms: TencentSmsSimulator }> = async (app, { sms }) => {
  app.get('/sim/sms', {
    schema: {
      tags: ['simulators'],
      summary: 'Text messages the SMS simulator delivered (newest last)',
      querystring: z.object({ phone: phoneSchema.optional() }),
      response: { 200: smsListSchema },
    },
  }, (req) => ({
    messages: sms.messages(req.query.phone).map((m) => ({
      phone: m.phone,
      text: m.text,
      code: /^\d{4,8}$/.test(m.params[0] ?? '') ? m.params[0]! : null,
      sentAt: m.sentAt.toISOString(),
    })),
  }));
};
