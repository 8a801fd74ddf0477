// subscribeMessage.send as WeChat applies it to one-time subscriptions: each time the user taps
// "允许" in wx.requestSubscribeMessage the app may send that template once; with no acceptance
// left, WeChat answers 43101.
import { randomInt } from 'node:crypto';
import { WECHAT_ERRCODES } from './constants';
import { stringField } from './sim-http';
import { checkTemplateData, type SubscribeTemplate } from './sim-subscribe-rules';

export interface SentSubscribeMessage {
  /** Decimal string: WeChat's msgid is a 64-bit integer. */
  msgid: string;
  touser: string;
  templateId: string;
  page?: string;
  miniprogramState: string;
  lang: string;
  /** Keyword → value as sent, flattened from {key: {value}}. */
  data: Record<string, string>;
  /** Epoch ms on the simulator's clock. */
  sentAt: number;
}

export type SubscribeOutcome = { ok: true; msgid: string } | { ok: false; errcode: number; detail?: string };

const STATES = ['developer', 'trial', 'formal'];
const LANGS = ['zh_CN', 'en_US', 'zh_HK', 'zh_TW'];

const key = (openid: string, templateId: string): string => `${openid}\u0000${templateId}`;

/** 19 digits like WeChat's (e.g. 1988810812324364291), beyond Number.MAX_SAFE_INTEGER on purpose. */
const newMsgid = (): string => `${randomInt(1, 10)}${String(randomInt(0, 2 ** 48 - 1)).padStart(18, '0')}`;

export function createSubscribeStore(templates: Readonly<Record<string, SubscribeTemplate>>, now: () => number) {
  const credits = new Map<string, number>();
  let sent: SentSubscribeMessage[] = [];

  return {
    setSubscribed(openid: string, templateId: string, accepted: boolean): void {
      // Accepting adds one send; refusing (or switching the template off) drops all that remain.
      credits.set(key(openid, templateId), accepted ? (credits.get(key(openid, templateId)) ?? 0) + 1 : 0);
    },
    hasSeen(openid: string): boolean {
      for (const k of credits.keys()) if (k.startsWith(`${openid}\u0000`)) return true;
      return false;
    },
    /** `isKnownUser` says whether the openid belongs to this app (WeChat answers 40003 if not). */
    send(body: Record<string, unknown>, isKnownUser: (openid: string) => boolean): SubscribeOutcome {
      const touser = stringField(body, 'touser');
      const templateId = stringField(body, 'template_id');
      if (!touser || !isKnownUser(touser)) return { ok: false, errcode: WECHAT_ERRCODES.INVALID_OPENID };
      // hasOwn: a template_id such as "toString" must not find Object.prototype.
      const template = Object.hasOwn(templates, templateId) ? templates[templateId] : undefined;
      if (!templateId || template === undefined) return { ok: false, errcode: WECHAT_ERRCODES.INVALID_TEMPLATE_ID };
      const state = stringField(body, 'miniprogram_state') || 'formal';
      const lang = stringField(body, 'lang') || 'zh_CN';
      const problem = !STATES.includes(state)
        ? 'miniprogram_state invalid'
        : !LANGS.includes(lang)
          ? 'lang invalid'
          : checkTemplateData(template, body.data);
      if (problem !== null) return { ok: false, errcode: WECHAT_ERRCODES.ARGUMENT_INVALID, detail: problem };
      const left = credits.get(key(touser, templateId)) ?? 0;
      if (left <= 0) return { ok: false, errcode: WECHAT_ERRCODES.USER_REFUSED };
      credits.set(key(touser, templateId), left - 1);
      const fields = body.data as Record<string, { value: string | number }>;
      const data = Object.fromEntries(template.keywords.map((k) => [k, String(fields[k]?.value)]));
      const page = stringField(body, 'page');
      const msgid = newMsgid();
      const record = { msgid, touser, templateId, miniprogramState: state, lang, data, sentAt: now() };
      sent.push(page ? { ...record, page } : record);
      return { ok: true, msgid };
    },
    messages: (openid?: string): SentSubscribeMessage[] =>
      openid === undefined ? [...sent] : sent.filter((m) => m.touser === openid),
    clear() {
      credits.clear();
      sent = [];
    },
  };
}

export type SubscribeStore = ReturnType<typeof createSubscribeStore>;
