/** 消息中心 strings (Simplified Chinese); spread into i18n/zh-CN.ts. */
export const inboxZh = {
  'messages.unreadCount': '{n} 条未读',
  'messages.allRead': '全部已读',
  'messages.readAll': '全部标为已读',
  'messages.loadMore': '加载更多',
  'messages.noMore': '没有更多消息了',
  'messages.needLogin': '登录后查看就诊提醒和报告通知',
  'messages.login': '去登录',
  'messages.unread': '未读',
  'messages.kind.booking': '预约',
  'messages.kind.session': '停诊',
  'messages.kind.waitlist': '候补',
  'messages.kind.transfer': '转让',
  'messages.kind.report': '报告',
  'messages.kind.queue': '排队',
  'messages.kind.other': '通知',
};
