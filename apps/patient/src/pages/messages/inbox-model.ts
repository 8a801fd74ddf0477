import type { InappMessage, MessageList } from '@xinglin/contracts';

/** What the page holds: every page loaded so far, newest first, without duplicates. */
export interface Inbox {
  items: InappMessage[];
  page: number;
  total: number;
  unread: number;
}

export const emptyInbox: Inbox = { items: [], page: 0, total: 0, unread: 0 };

/** Adds a loaded page; page 1 starts over (messages that arrived since shift later pages, hence the dedupe). */
export function addPage(inbox: Inbox, list: MessageList): Inbox {
  const base = list.page === 1 ? [] : inbox.items;
  const seen = new Set(base.map((m) => m.id));
  return { items: [...base, ...list.items.filter((m) => !seen.has(m.id))], page: list.page, total: list.total, unread: list.unread };
}

export const hasMore = (inbox: Inbox) => inbox.items.length < inbox.total;

export function markOneRead(inbox: Inbox, id: string, readAt: string): Inbox {
  const target = inbox.items.find((m) => m.id === id);
  if (!target || target.readAt) return inbox;
  return { ...inbox, unread: Math.max(0, inbox.unread - 1), items: inbox.items.map((m) => (m.id === id ? { ...m, readAt } : m)) };
}

export function markEveryRead(inbox: Inbox, readAt: string): Inbox {
  return { ...inbox, unread: 0, items: inbox.items.map((m) => (m.readAt ? m : { ...m, readAt })) };
}

/** Tab-bar badge text: nothing at 0, "99+" past 99. */
export const badgeText = (unread: number): string | null => (unread <= 0 ? null : unread > 99 ? '99+' : String(unread));

/**
 * Where a tap goes: tab pages need switchTab, other in-app routes navigateTo; anything that is not an in-app
 * route (a link from an older app version, an outside URL) goes nowhere.
 */
export function linkTarget(link: string | null, tabPages: readonly string[]): { kind: 'tab' | 'page'; url: string } | null {
  if (!link || !/^\/pages\/[\w-]+\/[\w-]+(\?[\w=&%.-]*)?$/.test(link)) return null;
  const path = link.split('?')[0]!;
  return tabPages.includes(path) ? { kind: 'tab', url: path } : { kind: 'page', url: link };
}
