// The real WeChat mini-program server-API client: plain fetch, no SDK, failures as values. Tests
// point it at the simulator on a loopback port; production uses https://api.weixin.qq.com.
import { createAccessTokenCache } from './access-token';
import {
  GRANT_TYPE_AUTHORIZATION_CODE,
  LOCAL_ERRCODES,
  TOKEN_REJECTED_ERRCODES,
  WECHAT_API_BASE_URL,
  WECHAT_PATHS,
} from './constants';
import { createTransport, failure, type WeChatResponse } from './transport';
import type {
  Code2SessionResult,
  PhoneNumberResult,
  SubscribeMessage,
  SubscribeSendResult,
  WeChatClient,
  WeChatClientConfig,
} from './types';
import { extractMsgid, parsePhoneInfo, parseSession, toSubscribeSendBody } from './wire';

const DEFAULT_TIMEOUT_MS = 10_000;

export function createWeChatClient(config: WeChatClientConfig): WeChatClient {
  const now = config.now ?? Date.now;

  // Belt and braces: WeChat never echoes the secret or the token, but an errmsg we build from a
  // fetch error or a proxy's page must not carry them into a log either.
  function redact(text: string): string {
    let out = text;
    for (const secret of [config.appSecret, tokens.peek()]) {
      if (secret) out = out.split(secret).join('***');
    }
    return out;
  }

  const send = createTransport({
    baseUrl: config.baseUrl ?? WECHAT_API_BASE_URL,
    timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    redact,
  });
  const tokens = createAccessTokenCache({
    appId: config.appId,
    appSecret: config.appSecret,
    endpoint: config.tokenEndpoint ?? 'stable',
    now,
    send,
  });

  /** POST with the cached token; on 40001/42001 fetch a fresh token and retry exactly once. */
  async function postWithToken(path: string, body: unknown): Promise<WeChatResponse> {
    const first = await tokens.get();
    if (!first.ok) return first;
    const res = await send({ method: 'POST', path, query: { access_token: first.token }, body });
    if (res.ok || !TOKEN_REJECTED_ERRCODES.has(res.errcode)) return res;
    // WeChat dropped the token before we expected: it expired early, or another server force-refreshed.
    tokens.invalidate(first.token);
    const second = await tokens.get();
    if (!second.ok) return second;
    return send({ method: 'POST', path, query: { access_token: second.token }, body });
  }

  const malformed = (what: string) =>
    failure(LOCAL_ERRCODES.INVALID_RESPONSE, `WeChat ${what} answered without the expected fields`, true);

  return {
    async code2Session(jsCode): Promise<Code2SessionResult> {
      const res = await send({
        method: 'GET',
        path: WECHAT_PATHS.code2Session,
        query: {
          appid: config.appId,
          secret: config.appSecret,
          js_code: jsCode,
          grant_type: GRANT_TYPE_AUTHORIZATION_CODE,
        },
      });
      if (!res.ok) return res;
      const session = parseSession(res.json);
      return session === null ? malformed(WECHAT_PATHS.code2Session) : { ok: true, ...session };
    },

    async getPhoneNumber(code): Promise<PhoneNumberResult> {
      const res = await postWithToken(WECHAT_PATHS.getPhoneNumber, { code });
      if (!res.ok) return res;
      const info = parsePhoneInfo(res.json);
      return info === null ? malformed(WECHAT_PATHS.getPhoneNumber) : { ok: true, ...info };
    },

    async sendSubscribeMessage(msg: SubscribeMessage): Promise<SubscribeSendResult> {
      const res = await postWithToken(WECHAT_PATHS.subscribeSend, toSubscribeSendBody(msg));
      if (!res.ok) return res;
      const msgid = extractMsgid(res.text);
      return msgid === undefined ? { ok: true } : { ok: true, msgid };
    },
  };
}
