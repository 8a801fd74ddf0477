import type { inboxZh } from './strings.zh';

/** Message center strings (English); mirrors strings.zh.ts. */
export const inboxEn: Record<keyof typeof inboxZh, string> = {
  'messages.unreadCount': '{n} unread',
  'messages.allRead': 'All read',
  'messages.readAll': 'Mark all read',
  'messages.loadMore': 'Load more',
  'messages.noMore': 'No more messages',
  'messages.needLogin': 'Sign in to see visit reminders and report alerts',
  'messages.login': 'Sign in',
  'messages.unread': 'Unread',
  'messages.kind.booking': 'Booking',
  'messages.kind.session': 'Clinic change',
  'messages.kind.waitlist': 'Waitlist',
  'messages.kind.transfer': 'Transfer',
  'messages.kind.report': 'Report',
  'messages.kind.queue': 'Queue',
  'messages.kind.other': 'Notice',
};
