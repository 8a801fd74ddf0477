import type { InappMessage, MessageList, ReadAllResult } from '@xinglin/contracts';
import { request } from '../../services/request';

/** 消息中心 (apps/server modules/notifications): only the signed-in account's own messages. */
export const PAGE_SIZE = 20;

export const listMessages = (page: number) =>
  request<MessageList>('/messages', { query: { page, pageSize: PAGE_SIZE } });

export const markMessageRead = (id: string) =>
  request<InappMessage>(`/messages/${encodeURIComponent(id)}/read`, { method: 'POST' });

export const markAllMessagesRead = () => request<ReadAllResult>('/messages/read-all', { method: 'POST' });
