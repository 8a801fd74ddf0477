// A local stand-in for api.weixin.qq.com that speaks the same HTTP API, so the real client is
// tested end to end and developers can log in without a WeChat account. Framework-free: `handle`
// maps a plain request to a plain response; node-server.ts serves it over HTTP.
import { WECHAT_ERRCODES } from './constants';
import { createCodeStore, type SimulatedUser, type SimulatedUserInput } from './sim-codes';
import { replyError, splitTarget, type SimulatorRequest, type SimulatorResponse } from './sim-http';
import { ROUTES, type SimContext } from './sim-routes';
import { createSubscribeStore, type SentSubscribeMessage } from './sim-subscribe';
import { DEFAULT_SUBSCRIBE_TEMPLATES, type SubscribeTemplate } from './sim-subscribe-rules';
import { createTokenStore } from './sim-tokens';

export interface WeChatSimulatorOptions {
  appId: string;
  appSecret: string;
  /** Clock in epoch milliseconds: tokens live 7200 s and codes 5 min on this clock. */
  now?: () => number;
  /** Subscribe templates by template_id; replaces DEFAULT_SUBSCRIBE_TEMPLATES (spread it in to keep them). */
  templates?: Record<string, SubscribeTemplate>;
}

export interface WeChatSimulator {
  handle(req: SimulatorRequest): Promise<SimulatorResponse>;
  /** What wx.login would give the mini program for this user: a code for code2Session. */
  issueLoginCode(user: SimulatedUserInput): string;
  /** What the getPhoneNumber button would give the mini program: a code for getuserphonenumber. */
  issuePhoneCode(phone: string, countryCode?: string): string;
  /** The user behind an openid that issueLoginCode created, e.g. to find the phone a dev user bound. */
  user(openid: string): SimulatedUser | undefined;
  /** Subscribe messages delivered so far, oldest first; pass an openid to filter. */
  subscribeMessages(openid?: string): SentSubscribeMessage[];
  /** The user's answer to wx.requestSubscribeMessage: true allows one more message, false refuses all. */
  setSubscribed(openid: string, templateId: string, accepted: boolean): void;
  /** Make the next valid request to `path` fail with `errcode` (queued in order, per path). */
  failNext(path: string, errcode: number): void;
  /** Forget every code, user, token, subscription, message and queued failure. */
  clear(): void;
}

export function createWeChatSimulator(options: WeChatSimulatorOptions): WeChatSimulator {
  const now = options.now ?? Date.now;
  const tokens = createTokenStore(now);
  const codes = createCodeStore(options.appId, now);
  const subscriptions = createSubscribeStore(options.templates ?? { ...DEFAULT_SUBSCRIBE_TEMPLATES }, now);
  const injected = new Map<string, number[]>();

  const ctx: SimContext = {
    appId: options.appId,
    appSecret: options.appSecret,
    tokens,
    codes,
    subscriptions,
    takeInjected: (path) => injected.get(path)?.shift(),
  };

  function handleSync(req: SimulatorRequest): SimulatorResponse {
    const { pathname, query } = splitTarget(req.path);
    const route = ROUTES[pathname];
    if (route === undefined) return replyError(WECHAT_ERRCODES.INVALID_URL);
    if (route.postOnly && req.method.toUpperCase() !== 'POST') return replyError(WECHAT_ERRCODES.REQUIRE_POST);
    return route.handle(ctx, { query, body: req.body });
  }

  return {
    // async so that a bug in a handler becomes a rejected promise, not a synchronous throw.
    handle: async (req) => handleSync(req),
    issueLoginCode: (user) => codes.issueLoginCode(user),
    issuePhoneCode: (phone, countryCode) => codes.issuePhoneCode(phone, countryCode),
    user: (openid) => codes.user(openid),
    subscribeMessages: (openid) => subscriptions.messages(openid),
    setSubscribed: (openid, templateId, accepted) => subscriptions.setSubscribed(openid, templateId, accepted),
    failNext(path, errcode) {
      const { pathname } = splitTarget(path);
      injected.set(pathname, [...(injected.get(pathname) ?? []), errcode]);
    },
    clear() {
      tokens.clear();
      codes.clear();
      subscriptions.clear();
      injected.clear();
    },
  };
}

export type { SimulatedUser, SimulatedUserInput } from './sim-codes';
export type { SimulatorRequest, SimulatorResponse } from './sim-http';
export type { SentSubscribeMessage } from './sim-subscribe';
export { DEFAULT_SUBSCRIBE_TEMPLATES, type SubscribeTemplate } from './sim-subscribe-rules';
