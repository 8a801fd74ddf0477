import { describe, expect, it } from 'vitest';
import { createProtection } from '../../security/protection';
import { buildTestApp, loginPatient } from '../../../test/helper';
import { createNotificationsService } from './index';

describe('message center API (消息中心)', async () => {
  const t = await buildTestApp();
  const outbox = createNotificationsService({ db: t.database.db, integrations: t.integrations, protection: createProtection(t.config), now: () => t.clock.now });
  const patient = async () => {
    const s = await loginPatient(t);
    const auth = { authorization: `Bearer ${s.accessToken}` };
    const accountId = (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: auth })).json().id as string;
    return { auth, accountId };
  };
  const send = async (accountId: string, title: string) => {
    await t.database.db.transaction((tx) => outbox.enqueue(tx, { accountId, kind: 'booking.created', title, body: `${title}正文`, link: '/pages/bookings/index', channels: ['inapp'] }));
    t.clock.advance(1);
    await t.app.jobs.deliverNotifications({ accountIds: [accountId] });
  };
  const get = (auth: Record<string, string> | undefined, url: string) => t.app.inject({ method: 'GET', url, ...(auth ? { headers: auth } : {}) });
  const post = (auth: Record<string, string> | undefined, url: string) => t.app.inject({ method: 'POST', url, ...(auth ? { headers: auth } : {}) });

  it('lists my messages newest first with paging and the unread count; marks one or all read', async () => {
    const me = await patient();
    for (const title of ['第一条', '第二条', '第三条']) await send(me.accountId, title);
    const page1 = (await get(me.auth, '/api/v1/messages?pageSize=2')).json();
    expect(page1).toMatchObject({ total: 3, unread: 3, page: 1, pageSize: 2 });
    expect(page1.items.map((m: { title: string }) => m.title)).toEqual(['第三条', '第二条']);
    const page2 = (await get(me.auth, '/api/v1/messages?page=2&pageSize=2')).json();
    expect(page2.items.map((m: { title: string }) => m.title)).toEqual(['第一条']);

    const read = await post(me.auth, `/api/v1/messages/${page1.items[0].id}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ title: '第三条', link: '/pages/bookings/index', readAt: expect.any(String) });
    expect((await get(me.auth, '/api/v1/messages')).json().unread).toBe(2);

    const all = await post(me.auth, '/api/v1/messages/read-all');
    expect(all.json()).toEqual({ marked: 2, unread: 0 });
    expect((await get(me.auth, '/api/v1/messages')).json().unread).toBe(0);
  });

  it('shows and touches only the caller’s own messages: someone else’s id answers 404 and stays unread', async () => {
    const owner = await patient();
    const other = await patient();
    await send(owner.accountId, '私人消息');
    const [mine] = (await get(owner.auth, '/api/v1/messages')).json().items;
    expect((await get(other.auth, '/api/v1/messages')).json()).toMatchObject({ total: 0, unread: 0, items: [] });
    const stolen = await post(other.auth, `/api/v1/messages/${mine.id}/read`);
    expect(stolen.statusCode).toBe(404);
    expect(stolen.json()).toMatchObject({ code: 'NOT_FOUND', messageZh: '消息不存在' });
    expect((await post(other.auth, '/api/v1/messages/read-all')).json().marked).toBe(0);
    expect((await get(owner.auth, '/api/v1/messages')).json().unread).toBe(1);
    expect((await post(owner.auth, '/api/v1/messages/not-a-uuid/read')).statusCode).toBe(404);
    expect((await get(owner.auth, '/api/v1/messages?pageSize=1000')).statusCode).toBe(400);
    expect((await get(undefined, '/api/v1/messages')).statusCode).toBe(401);
    expect((await post(undefined, `/api/v1/messages/${mine.id}/read`)).statusCode).toBe(401);
  });
});
