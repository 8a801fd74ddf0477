import type { SessionTokens } from '@xinglin/contracts';
import type { WeChatClient } from '@xinglin/wechat';
import type { Db, Tx } from '../../db/client';
import { AppError, badRequest, conflict, serviceUnavailable } from '../../errors';
import * as repo from './repository';
import type { ClientMeta, SessionService } from './sessions';

export interface WeChatLoginDeps {
  db: Db;
  client: WeChatClient | null;
  sessions: SessionService;
  accountForPhone: (tx: Tx, phone: string) => Promise<{ id: string; displayName: string; phoneMasked: string | null }>;
  describe: (tx: Tx, accountId: string) => Promise<{ id: string; displayName: string; phoneMasked: string | null } | null>;
}

const PROVIDER = 'wechat_mp';
const unavailable = () => serviceUnavailable('WECHAT_UNAVAILABLE', '微信登录暂不可用，请使用手机号登录', 'WeChat login is unavailable; please log in with your phone number');

/**
 * 微信一键登录: the wx.login code names the WeChat user (openid). A known openid logs straight in; the first time,
 * the getPhoneNumber code binds the verified phone, which finds or creates the one account for that person.
 */
export function createWeChatLogin(deps: WeChatLoginDeps) {
  return async function loginWithWeChat(code: string, phoneCode: string | undefined, meta: ClientMeta): Promise<SessionTokens> {
    if (!deps.client) throw unavailable();
    const session = await deps.client.code2Session(code);
    if (!session.ok) {
      if (session.retryable) throw unavailable();
      throw badRequest('WECHAT_CODE_INVALID', '微信登录凭证无效或已使用，请重试', 'The WeChat login code is invalid or already used; please try again');
    }
    const known = await deps.db.transaction(async (tx) => {
      const identity = await repo.findIdentity(tx, PROVIDER, session.openid, session.unionid);
      const account = identity && (await deps.describe(tx, identity.accountId));
      if (!account) return null;
      if (identity.subject !== session.openid) await repo.linkIdentity(tx, { accountId: account.id, provider: PROVIDER, subject: session.openid, unionId: session.unionid });
      return deps.sessions.issue(tx, { kind: 'patient', id: account.id }, { ...account, kind: 'patient', roles: ['patient'] }, meta);
    });
    if (known) return known;
    if (!phoneCode) {
      // wx.login codes are single use: the app calls wx.login again and sends both codes.
      throw conflict('WECHAT_PHONE_REQUIRED', '首次使用微信登录，请授权手机号', 'First WeChat login: please share your phone number');
    }
    const phone = await deps.client.getPhoneNumber(phoneCode);
    if (!phone.ok) {
      if (phone.retryable) throw unavailable();
      throw badRequest('WECHAT_PHONE_CODE_INVALID', '手机号授权已失效，请重新授权', 'The phone authorisation expired; please authorise again');
    }
    if (phone.countryCode !== '86' || !/^1[3-9]\d{9}$/.test(phone.purePhoneNumber)) {
      throw new AppError('PHONE_NOT_SUPPORTED', 422, '暂仅支持中国大陆手机号', 'Only mainland China mobile numbers are supported for now');
    }
    return deps.db.transaction(async (tx) => {
      const account = await deps.accountForPhone(tx, phone.purePhoneNumber);
      await repo.linkIdentity(tx, { accountId: account.id, provider: PROVIDER, subject: session.openid, unionId: session.unionid });
      return deps.sessions.issue(tx, { kind: 'patient', id: account.id }, { ...account, kind: 'patient', roles: ['patient'] }, meta);
    });
  };
}
