// The client's public contract. Failures are values, never exceptions, so a caller has to decide
// about each one; `retryable` says whether the same call may succeed later (network, -1, 45011).

export interface WeChatFailure {
  ok: false;
  /** WeChat's errcode, or a LOCAL_ERRCODES value (≤ -9000) for network and malformed answers. */
  errcode: number;
  /** WeChat's errmsg, or our description; never contains the AppSecret, a token or a session_key. */
  errmsg: string;
  retryable: boolean;
}

export type WeChatResult<T extends object> = ({ ok: true } & T) | WeChatFailure;

export interface WeChatSession {
  openid: string;
  /**
   * Key for WeChat's encrypted user data and wx.checkSession signatures. A credential: keep it on
   * the server, never log it or send it to the mini program.
   */
  sessionKey: string;
  /** Present only when the mini program is bound to a WeChat Open Platform account. */
  unionid?: string;
}
export type Code2SessionResult = WeChatResult<WeChatSession>;

export interface WeChatPhoneInfo {
  /** The number as the user bound it; foreign numbers carry their country code. */
  phoneNumber: string;
  /** Without country code. */
  purePhoneNumber: string;
  /** "86" for mainland China; WeChat's table says string but its example sends a number. */
  countryCode: string;
  watermark: { timestamp: number; appid: string };
}
export type PhoneNumberResult = WeChatResult<WeChatPhoneInfo>;

export type MiniprogramState = 'developer' | 'trial' | 'formal';
export type SubscribeLang = 'zh_CN' | 'en_US' | 'zh_HK' | 'zh_TW';

export interface SubscribeMessage {
  /** openid of the recipient. */
  toUser: string;
  templateId: string;
  /** Page opened from the card, e.g. "pages/visit/index?id=1"; no page means the card does not jump. */
  page?: string;
  /** Which build the card opens; WeChat defaults to formal. */
  miniprogramState?: MiniprogramState;
  lang?: SubscribeLang;
  /** Template keywords to values, e.g. { thing1: '张三', time2: '2025年1月5日 09:30' }. */
  data: Record<string, string | number>;
}
/** msgid is a 64-bit number in WeChat's JSON, so it is kept as a decimal string. */
export type SubscribeSendResult = WeChatResult<{ msgid?: string }>;

export type AccessTokenEndpoint = 'stable' | 'classic';

export interface WeChatClientConfig {
  appId: string;
  appSecret: string;
  /** Default https://api.weixin.qq.com; a simulator's URL in development and tests. */
  baseUrl?: string;
  /** Abort a request that has not answered by then; default 10 s. */
  timeoutMs?: number;
  /** Clock in epoch milliseconds, for token-expiry tests. */
  now?: () => number;
  /**
   * 'stable' (default) uses POST /cgi-bin/stable_token, which WeChat recommends and which several
   * servers can share without invalidating each other; 'classic' uses GET /cgi-bin/token.
   */
  tokenEndpoint?: AccessTokenEndpoint;
}

export interface WeChatClient {
  /** Exchange a wx.login code for the user's openid and session_key. */
  code2Session(jsCode: string): Promise<Code2SessionResult>;
  /** Exchange a getPhoneNumber button code for the number the user chose. */
  getPhoneNumber(code: string): Promise<PhoneNumberResult>;
  sendSubscribeMessage(msg: SubscribeMessage): Promise<SubscribeSendResult>;
}
