// WeChat mini-program server-API literals, shared by the client and the simulator so the two can
// never drift apart on a path, a lifetime or an error code.

export const WECHAT_API_BASE_URL = 'https://api.weixin.qq.com';

export const WECHAT_PATHS = {
  /** getAccessToken: GET, credentials in the query; every call mints a new token. */
  token: '/cgi-bin/token',
  /** getStableAccessToken: POST JSON only; repeated calls return the same token while it is valid. */
  stableToken: '/cgi-bin/stable_token',
  /** code2Session: GET, exchanges a wx.login code for openid + session_key. */
  code2Session: '/sns/jscode2session',
  /** getPhoneNumber: POST {code}, exchanges a getPhoneNumber button code for the bound number. */
  getPhoneNumber: '/wxa/business/getuserphonenumber',
  /** subscribeMessage.send: POST, one message per user acceptance. */
  subscribeSend: '/cgi-bin/message/subscribe/send',
} as const;
export type WeChatPath = (typeof WECHAT_PATHS)[keyof typeof WECHAT_PATHS];

export const GRANT_TYPE_CLIENT_CREDENTIAL = 'client_credential';
export const GRANT_TYPE_AUTHORIZATION_CODE = 'authorization_code';

/** WeChat: "expires_in … 目前是7200秒之内的值". */
export const ACCESS_TOKEN_TTL_SECONDS = 7200;
/** wx.login and getPhoneNumber codes are single use and valid for 5 minutes. */
export const CODE_TTL_SECONDS = 300;
/**
 * WeChat renews a stable token in its last 5 minutes and keeps a superseded classic token alive for
 * 5 minutes, so refreshing in that window never leaves the client holding a dead token.
 */
export const TOKEN_REFRESH_MARGIN_SECONDS = 300;
/** Stable-token force_refresh is ignored when repeated within 30 s (WeChat's documented rule). */
export const FORCE_REFRESH_MIN_INTERVAL_SECONDS = 30;

/** WeChat answers API errors with HTTP 200 and this content type; only the JSON tells them apart. */
export const WECHAT_JSON_CONTENT_TYPE = 'application/json; encoding=utf-8';

export const WECHAT_ERRCODES = {
  SYSTEM_BUSY: -1,
  OK: 0,
  INVALID_CREDENTIAL: 40001,
  INVALID_GRANT_TYPE: 40002,
  INVALID_OPENID: 40003,
  INVALID_APPID: 40013,
  INVALID_CODE: 40029,
  INVALID_TEMPLATE_ID: 40037,
  INVALID_URL: 40066,
  INVALID_APPSECRET: 40125,
  CODE_BEEN_USED: 40163,
  CODE_BLOCKED: 40226,
  ACCESS_TOKEN_MISSING: 41001,
  APPID_MISSING: 41002,
  APPSECRET_MISSING: 41004,
  CODE_MISSING: 41008,
  INVALID_PAGE: 41030,
  ACCESS_TOKEN_EXPIRED: 42001,
  REQUIRE_POST: 43002,
  USER_REFUSED: 43101,
  DAILY_QUOTA: 45009,
  MINUTE_QUOTA: 45011,
  DATA_FORMAT_ERROR: 47001,
  ARGUMENT_INVALID: 47003,
} as const;
export type WeChatErrcode = (typeof WECHAT_ERRCODES)[keyof typeof WECHAT_ERRCODES];

/**
 * Codes this client makes up for failures that never reached WeChat's JSON. WeChat's own codes are
 * -1 or positive, so anything at or below -9000 is ours.
 */
export const LOCAL_ERRCODES = {
  NETWORK: -9001,
  HTTP_STATUS: -9002,
  INVALID_RESPONSE: -9003,
} as const;

export interface WeChatErrorInfo {
  /** The errmsg WeChat sends (before its " rid: …" suffix). */
  errmsg: string;
  zh: string;
  en: string;
}

export const WECHAT_ERRORS: Readonly<Record<number, WeChatErrorInfo>> = {
  [-1]: { errmsg: 'system error', zh: '系统繁忙，请稍候再试', en: 'WeChat is busy; try again later' },
  40001: {
    errmsg: 'invalid credential, access_token is invalid or not latest',
    zh: 'access_token 无效或不是最新',
    en: 'access_token is invalid or was superseded',
  },
  40002: { errmsg: 'invalid grant_type', zh: '不合法的凭证类型', en: 'grant_type is wrong' },
  40003: { errmsg: 'invalid openid', zh: 'touser 的 openid 为空或不正确', en: 'touser is empty or not an openid of this app' },
  40013: { errmsg: 'invalid appid', zh: '不合法的 AppID', en: 'appid is wrong' },
  40029: { errmsg: 'invalid code', zh: 'code 无效或已过期', en: 'code is invalid or expired' },
  40037: { errmsg: 'invalid template_id', zh: '订阅模板 id 为空或不正确', en: 'template_id is empty or unknown' },
  40066: { errmsg: 'invalid url', zh: '不合法的 URL', en: 'no such API' },
  40125: { errmsg: 'invalid appsecret', zh: '不合法的 AppSecret', en: 'appsecret is wrong' },
  40163: { errmsg: 'code been used', zh: 'code 已被使用', en: 'code was already used' },
  40226: { errmsg: 'code blocked', zh: '高风险等级用户，小程序登录拦截', en: 'login blocked: high-risk user' },
  41001: { errmsg: 'access_token missing', zh: '缺少 access_token 参数', en: 'access_token is missing' },
  41002: { errmsg: 'appid missing', zh: '缺少 appid 参数', en: 'appid is missing' },
  41004: { errmsg: 'appsecret missing', zh: '缺少 secret 参数', en: 'secret is missing' },
  41008: { errmsg: 'missing code', zh: '缺少 code 参数', en: 'code is missing' },
  41030: { errmsg: 'invalid page', zh: 'page 路径不正确', en: 'page does not exist in the released mini program' },
  42001: { errmsg: 'access_token expired', zh: 'access_token 已过期', en: 'access_token expired' },
  43002: { errmsg: 'require POST method', zh: '需要 POST 请求', en: 'this API requires POST' },
  43101: {
    errmsg: 'user refuse to accept the msg',
    zh: '用户拒绝接受消息（未订阅或订阅次数已用完）',
    en: 'user has not subscribed, or used up the subscription',
  },
  45009: { errmsg: 'reach max api daily quota limit', zh: '接口调用超过每日限额', en: 'daily API quota reached' },
  45011: {
    errmsg: 'api minute-quota reach limit  mustslower  retry next minute',
    zh: 'API 调用太频繁，请稍候再试',
    en: 'per-minute API quota reached; retry next minute',
  },
  47001: { errmsg: 'data format error', zh: 'POST 数据格式错误', en: 'request body is not valid JSON' },
  47003: { errmsg: 'argument invalid!', zh: '模板参数不准确', en: 'template data is missing or breaks a rule' },
  [LOCAL_ERRCODES.NETWORK]: { errmsg: 'network error', zh: '无法连接微信服务器', en: 'WeChat API unreachable' },
  [LOCAL_ERRCODES.HTTP_STATUS]: { errmsg: 'http error', zh: '微信服务器返回 HTTP 错误', en: 'WeChat answered an HTTP error' },
  [LOCAL_ERRCODES.INVALID_RESPONSE]: {
    errmsg: 'invalid response',
    zh: '微信服务器返回无法解析的内容',
    en: 'WeChat answered with an unexpected body',
  },
};

/** The access token itself is bad: drop it, fetch a new one and retry the call once. */
export const TOKEN_REJECTED_ERRCODES: ReadonlySet<number> = new Set([40001, 42001]);

/** Codes where the same request may succeed later; everything else fails the same way again. */
export const RETRYABLE_ERRCODES: ReadonlySet<number> = new Set([-1, 45011]);

export function isRetryableErrcode(errcode: number): boolean {
  return RETRYABLE_ERRCODES.has(errcode);
}

export function describeErrcode(errcode: number): WeChatErrorInfo | undefined {
  return WECHAT_ERRORS[errcode];
}
