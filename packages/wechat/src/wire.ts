// Mapping between WeChat's snake_case JSON and the client's types. Parsers return null for a body
// that lacks a required field, so the client can report it instead of passing undefined along.
import type { SubscribeMessage, WeChatPhoneInfo, WeChatSession } from './types';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseSession(json: Record<string, unknown>): WeChatSession | null {
  const openid = str(json.openid);
  const sessionKey = str(json.session_key);
  if (openid === undefined || sessionKey === undefined) return null;
  const unionid = str(json.unionid);
  return unionid === undefined ? { openid, sessionKey } : { openid, sessionKey, unionid };
}

export function parsePhoneInfo(json: Record<string, unknown>): WeChatPhoneInfo | null {
  const info = json.phone_info;
  if (!isRecord(info) || !isRecord(info.watermark)) return null;
  const phoneNumber = str(info.phoneNumber);
  const purePhoneNumber = str(info.purePhoneNumber);
  // WeChat's field table says string, its example shows 86 as a number: accept both.
  const cc = info.countryCode;
  const countryCode = typeof cc === 'number' ? String(cc) : str(cc);
  const { timestamp, appid } = info.watermark;
  if (phoneNumber === undefined || purePhoneNumber === undefined || countryCode === undefined) return null;
  if (typeof timestamp !== 'number' || typeof appid !== 'string') return null;
  return { phoneNumber, purePhoneNumber, countryCode, watermark: { timestamp, appid } };
}

/**
 * msgid is a 64-bit integer (e.g. 1988810812324364291) that JSON.parse would round, so it is read
 * from the raw text.
 */
export function extractMsgid(text: string): string | undefined {
  return /"msgid"\s*:\s*"?(\d+)/.exec(text)?.[1];
}

export interface SubscribeSendBody {
  touser: string;
  template_id: string;
  page?: string;
  miniprogram_state?: string;
  lang?: string;
  data: Record<string, { value: string | number }>;
}

export function toSubscribeSendBody(msg: SubscribeMessage): SubscribeSendBody {
  const body: SubscribeSendBody = {
    touser: msg.toUser,
    template_id: msg.templateId,
    data: Object.fromEntries(Object.entries(msg.data).map(([key, value]) => [key, { value }])),
  };
  // Unset optional fields are left out, not sent as null, so WeChat applies its own defaults.
  if (msg.page !== undefined) body.page = msg.page;
  if (msg.miniprogramState !== undefined) body.miniprogram_state = msg.miniprogramState;
  if (msg.lang !== undefined) body.lang = msg.lang;
  return body;
}
