// One handler per WeChat endpoint, in the order WeChat checks a request: credentials or token
// first, then any failure queued by failNext, then the endpoint's own rules.
import {
  GRANT_TYPE_AUTHORIZATION_CODE,
  GRANT_TYPE_CLIENT_CREDENTIAL,
  WECHAT_ERRCODES,
  WECHAT_PATHS,
} from './constants';
import type { CodeStore } from './sim-codes';
import {
  parseJsonObject,
  reply,
  replyError,
  replyText,
  stringField,
  type SimulatorResponse,
} from './sim-http';
import type { SubscribeStore } from './sim-subscribe';
import type { TokenStore } from './sim-tokens';

export interface SimContext {
  appId: string;
  appSecret: string;
  tokens: TokenStore;
  codes: CodeStore;
  subscriptions: SubscribeStore;
  /** The errcode queued by failNext for this path, consumed by this call. */
  takeInjected(path: string): number | undefined;
}

export interface RouteInput {
  query: URLSearchParams;
  body: string;
}

export interface Route {
  /** WeChat enforces POST on its JSON APIs (43002) and accepts either on the query-string ones. */
  postOnly: boolean;
  handle(ctx: SimContext, input: RouteInput): SimulatorResponse;
}

function credentialErrcode(
  ctx: SimContext,
  appid: string,
  secret: string,
  grantType: string,
  expected: string,
): number {
  if (!appid) return WECHAT_ERRCODES.APPID_MISSING;
  if (appid !== ctx.appId) return WECHAT_ERRCODES.INVALID_APPID;
  if (!secret) return WECHAT_ERRCODES.APPSECRET_MISSING;
  if (secret !== ctx.appSecret) return WECHAT_ERRCODES.INVALID_APPSECRET;
  return grantType === expected ? 0 : WECHAT_ERRCODES.INVALID_GRANT_TYPE;
}

/** Token check, then failNext: a queued failure still needs a valid request to be reached. */
function gate(ctx: SimContext, path: string, errcode: number): SimulatorResponse | null {
  if (errcode !== 0) return replyError(errcode);
  const injected = ctx.takeInjected(path);
  return injected === undefined ? null : replyError(injected);
}

function withToken(path: string, run: (ctx: SimContext, body: Record<string, unknown>) => SimulatorResponse): Route {
  return {
    postOnly: true,
    handle(ctx, { query, body }) {
      const blocked = gate(ctx, path, ctx.tokens.check(query.get('access_token')));
      if (blocked) return blocked;
      const json = parseJsonObject(body);
      return json === null ? replyError(WECHAT_ERRCODES.DATA_FORMAT_ERROR) : run(ctx, json);
    },
  };
}

export const ROUTES: Readonly<Record<string, Route>> = {
  [WECHAT_PATHS.token]: {
    postOnly: false,
    handle(ctx, { query }) {
      const q = (k: string) => query.get(k) ?? '';
      const errcode = credentialErrcode(ctx, q('appid'), q('secret'), q('grant_type'), GRANT_TYPE_CLIENT_CREDENTIAL);
      return gate(ctx, WECHAT_PATHS.token, errcode) ?? reply({ ...ctx.tokens.classic() });
    },
  },
  [WECHAT_PATHS.stableToken]: {
    postOnly: true,
    handle(ctx, { body }) {
      const json = parseJsonObject(body);
      if (json === null) return replyError(WECHAT_ERRCODES.DATA_FORMAT_ERROR);
      const f = (k: string) => stringField(json, k);
      const errcode = credentialErrcode(ctx, f('appid'), f('secret'), f('grant_type'), GRANT_TYPE_CLIENT_CREDENTIAL);
      const blocked = gate(ctx, WECHAT_PATHS.stableToken, errcode);
      return blocked ?? reply({ ...ctx.tokens.stable(json.force_refresh === true) });
    },
  },
  [WECHAT_PATHS.code2Session]: {
    postOnly: false,
    handle(ctx, { query }) {
      const q = (k: string) => query.get(k) ?? '';
      const errcode = credentialErrcode(ctx, q('appid'), q('secret'), q('grant_type'), GRANT_TYPE_AUTHORIZATION_CODE);
      const blocked = gate(ctx, WECHAT_PATHS.code2Session, errcode);
      if (blocked) return blocked;
      if (!q('js_code')) return replyError(WECHAT_ERRCODES.CODE_MISSING);
      const redeemed = ctx.codes.redeemLoginCode(q('js_code'));
      if (!redeemed.ok) return replyError(redeemed.errcode);
      const { openid, unionid, sessionKey } = redeemed.value;
      // Real answers carry no errcode on success, and unionid only for Open Platform-bound apps.
      return reply({ session_key: sessionKey, openid, ...(unionid === undefined ? {} : { unionid }) });
    },
  },
  [WECHAT_PATHS.getPhoneNumber]: withToken(WECHAT_PATHS.getPhoneNumber, (ctx, json) => {
    const redeemed = ctx.codes.redeemPhoneCode(stringField(json, 'code'));
    if (!redeemed.ok) return replyError(redeemed.errcode);
    const { phoneNumber, purePhoneNumber, countryCode, issuedAt } = redeemed.value;
    const watermark = { timestamp: issuedAt, appid: ctx.appId };
    return reply({ errcode: 0, errmsg: 'ok', phone_info: { phoneNumber, purePhoneNumber, countryCode, watermark } });
  }),
  [WECHAT_PATHS.subscribeSend]: withToken(WECHAT_PATHS.subscribeSend, (ctx, json) => {
    const known = (openid: string) => ctx.codes.user(openid) !== undefined || ctx.subscriptions.hasSeen(openid);
    const outcome = ctx.subscriptions.send(json, known);
    if (!outcome.ok) return replyError(outcome.errcode, outcome.detail);
    // Written by hand: msgid exceeds 2^53, and JSON.stringify of a number would round it.
    return replyText(`{"errcode":0,"errmsg":"ok","msgid":${outcome.msgid}}`);
  }),
};
