import { apiErrorSchema, inappMessageSchema, messageListQuerySchema, messageListSchema, readAllResultSchema } from '@xinglin/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, requireAuth } from '../../http/auth-guard';
import type { AuthService } from '../auth/service';
import type { MessageCenter } from './messages';

const tags = ['messages'];
const security = [{ bearer: [] }];
const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 404: apiErrorSchema };

export const messageRoutes: FastifyPluginAsyncZod<{ inbox: MessageCenter; auth: AuthService }> = async (app, { inbox, auth }) => {
  app.addHook('preHandler', requireAuth(auth, ['patient']));
  const me = (req: Parameters<typeof principalOf>[0]) => principalOf(req).subjectId;

  app.get('/messages', { schema: { tags, security, summary: 'My messages, newest first, with the unread count', querystring: messageListQuerySchema, response: { 200: messageListSchema, ...errors } } }, async (req) =>
    inbox.list(me(req), req.query.page, req.query.pageSize),
  );
  app.post('/messages/:id/read', { schema: { tags, security, summary: 'Mark one of my messages read', params: z.object({ id: z.string().max(64) }), response: { 200: inappMessageSchema, ...errors } } }, async (req) =>
    inbox.markRead(me(req), req.params.id),
  );
  app.post('/messages/read-all', { schema: { tags, security, summary: 'Mark all my messages read', response: { 200: readAllResultSchema, ...errors } } }, async (req) =>
    inbox.markAllRead(me(req)),
  );
};
