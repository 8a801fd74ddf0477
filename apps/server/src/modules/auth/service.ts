import { randomBytes } from 'node:crypto';
import { hash as hashPassword, verify as verifyPassword } from '@node-rs/argon2';
import type { Account, Role, SessionTokens } from '@xinglin/contracts';
import type { SmsProvider } from '@xinglin/sms';
import type { Db, Tx } from '../../db/client';
import type { AuditService } from '../audit/service';
import { badRequest, serviceUnavailable, tooManyRequests, unauthorized } from '../../errors';
import {
  SMS_CODE_RULES,
  decideSmsSend,
  defaultDisplayName,
  generateSmsCode,
  generateToken,
  hashSmsCode,
  hashToken,
  maskPhone,
  sameHash,
  startOfChinaDay,
} from './domain';
import * as repo from './repository';

export interface AuthServiceDeps {
  db: Db;
  audit: AuditService;
  sms: SmsProvider;
  secret: string;
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
  loginTemplateId: string;
  now?: () => Date;
}

export interface Principal {
  sessionId: string;
  kind: 'patient' | 'staff';
  subjectId: string;
  roles: Role[];
}

export interface ClientMeta {
  ip?: string;
  userAgent?: string;
  requestId?: string;
}

const LOGIN = 'login';
// Unknown usernames are checked against this hash so they cost as much time as a real account.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(randomBytes(24).toString('base64')));

export type AuthService = ReturnType<typeof createAuthService>;

export function createAuthService(deps: AuthServiceDeps) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());

  async function issueSession(tx: Tx, subject: { kind: 'patient' | 'staff'; id: string }, meta: ClientMeta) {
    const t = now();
    const accessToken = generateToken('access');
    const refreshToken = generateToken('refresh');
    const session = await repo.insertSession(tx, {
      subjectKind: subject.kind,
      accountId: subject.kind === 'patient' ? subject.id : null,
      staffId: subject.kind === 'staff' ? subject.id : null,
      accessHash: hashToken(accessToken),
      accessExpiresAt: new Date(t.getTime() + deps.accessTtlSeconds * 1000),
      refreshHash: hashToken(refreshToken),
      refreshExpiresAt: new Date(t.getTime() + deps.refreshTtlSeconds * 1000),
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300),
    });
    return { session, accessToken, refreshToken };
  }

  async function describe(tx: Tx, session: repo.SessionRow): Promise<Account | null> {
    if (session.subjectKind === 'patient' && session.accountId) {
      const a = await repo.findAccount(tx, session.accountId);
      return a && { id: a.id, kind: 'patient', displayName: a.displayName, phoneMasked: maskPhone(a.phone), roles: ['patient'] };
    }
    if (session.staffId) {
      const s = await repo.findStaff(tx, session.staffId);
      return s && !s.disabledAt ? { id: s.id, kind: 'staff', displayName: s.displayName, phoneMasked: null, roles: [s.role] } : null;
    }
    return null;
  }

  function tokensOf(issued: { session: repo.SessionRow; accessToken: string; refreshToken: string }, account: Account): SessionTokens {
    return {
      accessToken: issued.accessToken,
      refreshToken: issued.refreshToken,
      accessTokenExpiresAt: issued.session.accessExpiresAt.toISOString(),
      refreshTokenExpiresAt: issued.session.refreshExpiresAt.toISOString(),
      account,
    };
  }

  return {
    /** Creates a login code and sends it. The code row commits before the SMS goes out; a failed send removes it. */
    async requestLoginCode(phone: string): Promise<{ expiresInSeconds: number; resendAfterSeconds: number }> {
      const code = generateSmsCode();
      const outcome = await db.transaction(async (tx) => {
        await repo.lockPhone(tx, phone);
        const t = now();
        const decision = decideSmsSend(t, await repo.lastSmsSentAt(tx, phone), await repo.countSmsSince(tx, phone, startOfChinaDay(t)));
        if (!decision.allowed) return decision;
        const row = await repo.insertSmsCode(tx, {
          phone,
          purpose: LOGIN,
          codeHash: hashSmsCode(deps.secret, phone, code),
          expiresAt: new Date(t.getTime() + SMS_CODE_RULES.ttlSeconds * 1000),
          createdAt: t,
        });
        return { allowed: true as const, id: row.id };
      });
      if (!outcome.allowed) {
        throw outcome.reason === 'too_soon'
          ? tooManyRequests('SMS_TOO_FREQUENT', `验证码发送过于频繁，请 ${outcome.retryAfterSeconds} 秒后再试`, `Please wait ${outcome.retryAfterSeconds} s before requesting another code`, outcome.retryAfterSeconds)
          : tooManyRequests('SMS_DAILY_LIMIT', '今日验证码发送次数已达上限，请明天再试', 'Daily limit of verification codes reached; please try again tomorrow', outcome.retryAfterSeconds);
      }
      const sent = await deps.sms.send({ phone, templateId: deps.loginTemplateId, params: [code, SMS_CODE_RULES.templateMinutes] });
      if (!sent.ok) {
        await db.transaction((tx) => repo.deleteSmsCode(tx, outcome.id));
        throw serviceUnavailable('SMS_SEND_FAILED', '短信发送失败，请稍后重试', 'The text message could not be sent; please try again shortly');
      }
      return { expiresInSeconds: SMS_CODE_RULES.ttlSeconds, resendAfterSeconds: SMS_CODE_RULES.resendAfterSeconds };
    },

    async loginWithCode(phone: string, code: string, meta: ClientMeta): Promise<SessionTokens> {
      // Wrong tries must be counted even though the request fails, so the transaction returns an outcome and commits.
      const outcome = await db.transaction(async (tx) => {
        await repo.lockPhone(tx, phone);
        const t = now();
        const current = await repo.latestSmsCode(tx, phone, LOGIN);
        if (!current || current.consumedAt || current.expiresAt <= t) return { kind: 'expired' as const };
        if (current.attempts >= SMS_CODE_RULES.maxAttempts) return { kind: 'locked' as const };
        if (!sameHash(hashSmsCode(deps.secret, phone, code), current.codeHash)) {
          const attempts = await repo.incrementAttempts(tx, current.id);
          return { kind: 'wrong' as const, remaining: Math.max(0, SMS_CODE_RULES.maxAttempts - attempts) };
        }
        if (!(await repo.consumeSmsCode(tx, current.id, t))) return { kind: 'expired' as const };
        const account = await repo.upsertAccountByPhone(tx, phone, defaultDisplayName(phone), t);
        const issued = await issueSession(tx, { kind: 'patient', id: account.id }, meta);
        const view: Account = { id: account.id, kind: 'patient', displayName: account.displayName, phoneMasked: maskPhone(phone), roles: ['patient'] };
        return { kind: 'ok' as const, tokens: tokensOf(issued, view) };
      });
      switch (outcome.kind) {
        case 'ok':
          return outcome.tokens;
        case 'expired':
          throw badRequest('AUTH_CODE_EXPIRED', '验证码已失效，请重新获取', 'The code has expired or was already used; please request a new one');
        case 'locked':
          throw tooManyRequests('AUTH_CODE_LOCKED', '验证码错误次数过多，请重新获取', 'Too many wrong tries; please request a new code', 0);
        case 'wrong':
          throw badRequest('AUTH_CODE_INVALID', `验证码错误，还可尝试 ${outcome.remaining} 次`, `Wrong code; ${outcome.remaining} tries left`, { remainingAttempts: outcome.remaining });
      }
    },

    async loginStaff(username: string, password: string, meta: ClientMeta): Promise<SessionTokens> {
      const staff = await db.transaction((tx) => repo.findStaffByUsername(tx, username));
      const ok = await verifyPassword(staff?.passwordHash ?? (await getDummyHash()), password).catch(() => false);
      const event = { objectType: 'staff_login', objectId: username, action: 'login', ip: meta.ip, requestId: meta.requestId };
      if (!staff || !ok || staff.disabledAt) {
        // The failure is committed before the error goes out: repeated failures raise an alert.
        await db.transaction((tx) => deps.audit.record(tx, { ...event, actor: { kind: 'anonymous', id: staff?.id ?? null }, outcome: 'failure' }));
        throw unauthorized('AUTH_BAD_CREDENTIALS', '用户名或密码错误', 'Wrong username or password');
      }
      return db.transaction(async (tx) => {
        await deps.audit.record(tx, { ...event, actor: { kind: 'staff', id: staff.id, role: staff.role }, outcome: 'success' });
        const issued = await issueSession(tx, { kind: 'staff', id: staff.id }, meta);
        return tokensOf(issued, { id: staff.id, kind: 'staff', displayName: staff.displayName, phoneMasked: null, roles: [staff.role] });
      });
    },

    async refresh(refreshToken: string): Promise<SessionTokens> {
      const presented = hashToken(refreshToken);
      const outcome = await db.transaction(async (tx) => {
        const t = now();
        const session = await repo.findSessionByRefresh(tx, presented);
        if (!session) {
          // A refresh token that was already rotated away is being replayed: end that whole session.
          const replayed = await repo.findSessionByPreviousRefresh(tx, presented);
          if (replayed) await repo.revokeSession(tx, replayed.id, 'refresh_token_reuse', t);
          return null;
        }
        if (session.revokedAt || session.refreshExpiresAt <= t) return null;
        const accessToken = generateToken('access');
        const nextRefresh = generateToken('refresh');
        const rotated = await repo.rotateSession(tx, session.id, presented, {
          accessHash: hashToken(accessToken),
          accessExpiresAt: new Date(t.getTime() + deps.accessTtlSeconds * 1000),
          refreshHash: hashToken(nextRefresh),
          refreshExpiresAt: new Date(t.getTime() + deps.refreshTtlSeconds * 1000),
          rotatedAt: t,
        });
        if (!rotated) return null;
        const account = await describe(tx, rotated);
        if (!account) return null;
        return tokensOf({ session: rotated, accessToken, refreshToken: nextRefresh }, account);
      });
      if (!outcome) throw unauthorized('AUTH_REFRESH_INVALID', '登录已过期，请重新登录', 'Your session has ended; please sign in again');
      return outcome;
    },

    async logout(principal: Principal): Promise<void> {
      await db.transaction((tx) => repo.revokeSession(tx, principal.sessionId, 'logout', now()));
    },

    /** Resolves a bearer token to who is calling, or null; the route guard decides what null means. */
    async authenticate(accessToken: string): Promise<(Principal & { account: Account }) | null> {
      return db.transaction(async (tx) => {
        const session = await repo.findLiveSessionByAccess(tx, hashToken(accessToken), now());
        if (!session) return null;
        const account = await describe(tx, session);
        if (!account) return null;
        return { sessionId: session.id, kind: account.kind, subjectId: account.id, roles: account.roles, account };
      });
    },
  };
}
