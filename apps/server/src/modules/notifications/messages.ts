// 消息中心: the account's own in-app messages. Only the recipient ever sees a message; anyone else gets 404.
// Reads are not audited: they are the account's own mail, and the change each message announces was audited.
import type { InappMessage, MessageList } from '@xinglin/contracts';
import type { Db } from '../../db/client';
import { notFound } from '../../errors';
import { isUuid } from '../../ids';
import * as repo from './repository';

const MESSAGE = { zh: '消息', en: 'Message' };

const view = (m: repo.InappRow): InappMessage => ({
  id: m.id,
  kind: m.kind,
  patientId: m.patientId,
  title: m.title,
  body: m.body,
  link: m.link,
  createdAt: m.createdAt.toISOString(),
  readAt: m.readAt?.toISOString() ?? null,
});

export type MessageCenter = ReturnType<typeof createMessageCenter>;

export function createMessageCenter({ db, now }: { db: Db; now: () => Date }) {
  return {
    async list(accountId: string, page: number, pageSize: number): Promise<MessageList> {
      return db.transaction(async (tx) => {
        const rows = await repo.listInapp(tx, accountId, pageSize, (page - 1) * pageSize);
        const { total, unread } = await repo.countInapp(tx, accountId);
        return { items: rows.map(view), page, pageSize, total, unread };
      });
    },
    async markRead(accountId: string, id: string): Promise<InappMessage> {
      return db.transaction(async (tx) => {
        if (!isUuid(id) || !(await repo.findInapp(tx, accountId, id))) throw notFound(MESSAGE);
        await repo.markRead(tx, accountId, id, now());
        return view((await repo.findInapp(tx, accountId, id))!);
      });
    },
    async markAllRead(accountId: string): Promise<{ marked: number; unread: number }> {
      return db.transaction(async (tx) => ({ marked: await repo.markAllRead(tx, accountId, now()), unread: 0 }));
    },
  };
}
