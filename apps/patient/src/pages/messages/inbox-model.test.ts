import type { InappMessage } from '@xinglin/contracts';
import { describe, expect, it } from 'vitest';
import { addPage, badgeText, emptyInbox, hasMore, linkTarget, markEveryRead, markOneRead } from './inbox-model';

const msg = (id: string, readAt: string | null = null): InappMessage => ({
  id, kind: 'booking.created', patientId: null, title: `t${id}`, body: 'b', link: null, createdAt: '2026-11-26T00:00:00.000Z', readAt,
});

describe('message center model', () => {
  it('appends later pages without duplicates and starts over on page 1', () => {
    const one = addPage(emptyInbox, { items: [msg('3'), msg('2')], page: 1, pageSize: 2, total: 3, unread: 3 });
    expect(hasMore(one)).toBe(true);
    // A new message arrived meanwhile, so page 2 repeats id 2.
    const two = addPage(one, { items: [msg('2'), msg('1')], page: 2, pageSize: 2, total: 4, unread: 4 });
    expect(two.items.map((m) => m.id)).toEqual(['3', '2', '1']);
    expect(addPage(two, { items: [msg('4')], page: 1, pageSize: 2, total: 4, unread: 4 }).items.map((m) => m.id)).toEqual(['4']);
  });

  it('counts unread down once per message', () => {
    const inbox = addPage(emptyInbox, { items: [msg('2'), msg('1', 'x')], page: 1, pageSize: 20, total: 2, unread: 1 });
    const read = markOneRead(inbox, '2', 'now');
    expect(read.unread).toBe(0);
    expect(markOneRead(read, '2', 'later')).toBe(read);
    expect(markOneRead(inbox, '1', 'now').unread).toBe(1);
    expect(markEveryRead(inbox, 'now').items.map((m) => m.readAt)).toEqual(['now', 'x']);
  });

  it('badges and link targets', () => {
    expect([badgeText(0), badgeText(7), badgeText(120)]).toEqual([null, '7', '99+']);
    const tabs = ['/pages/visits/index'];
    expect(linkTarget('/pages/visits/index', tabs)).toEqual({ kind: 'tab', url: '/pages/visits/index' });
    expect(linkTarget('/pages/queue/index?bookingId=abc-1', tabs)).toEqual({ kind: 'page', url: '/pages/queue/index?bookingId=abc-1' });
    expect(linkTarget('https://evil.example/pages/a/b', tabs)).toBeNull();
    expect(linkTarget(null, tabs)).toBeNull();
  });
});
