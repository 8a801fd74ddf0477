import { randomUUID } from 'node:crypto';
import type { Account, SessionTokens } from '@xinglin/contracts';
import type { SmsProvider } from '@xinglin/sms';
import type { Db, Tx } from '../../db/client';
import { fieldContext, type Protection } from '../../security/protection';
import type { AuditService } from '../audit/service';
import { defaultDisplayName, maskPhone } from './domain';
import * as repo from './repository';
import { createSessionService, type ClientMeta } from './sessions';
import { codeCheckError, createSmsCodeService } from './sms-codes';
import { createStaffLogin } from './staff-login';
import { createWeChatLogin } from './wechat-login';
import type { WeChatClient } from '@xinglin/wechat';

export type { ClientMeta, Principal } from './sessions';

export interface AuthServiceDeps {
  db: Db;
  audit: AuditService;
  sms: SmsProvider;
  protection: Protection;
  secret: string;
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
  loginTemplateId: string;
  staff: { idleTimeoutSeconds: number; lockoutAttempts: number; lockoutMinutes: number };
  wechat: WeChatClient | null;
  now?: () => Date;
}

export type AuthService = ReturnType<typeof createAuthService>;

/** Who is calling: patients by phone (and WeChat), staff by password + TOTP, all on server-side sessions. */
export function createAuthService(deps: AuthServiceDeps) {
  const { db, protection } = deps;
  const now = deps.now ?? (() => new Date());
  const codes = createSmsCodeService({ db, sms: deps.sms, protection, secret: deps.secret, templateId: deps.loginTemplateId, now });
  const sessions = createSessionService({
    db,
    protection,
    accessTtlSeconds: deps.accessTtlSeconds,
    refreshTtlSeconds: deps.refreshTtlSeconds,
    staffIdleTimeoutSeconds: deps.staff.idleTimeoutSeconds,
    now,
  });
  const loginStaff = createStaffLogin({ db, audit: deps.audit, sessions, protection, ...deps.staff, now });

  const service = {
    codes,
    sessions,
    loginStaff,
    requestLoginCode: (phone: string) => codes.send(phone, 'login'),
    refresh: sessions.refresh,
    logout: sessions.logout,
    authenticate: sessions.authenticate,

    /** Finds the account for a verified phone, creating it the first time: one person, one account. */
    async accountForPhone(tx: Tx, phone: string): Promise<Account> {
      const id = randomUUID();
      const row = await repo.upsertAccountByPhone(
        tx,
        { id, phoneIndex: codes.phoneKey(phone), phoneEnc: protection.cipher.encrypt(phone, fieldContext('accounts', 'phone', id)), displayName: defaultDisplayName(phone) },
        now(),
      );
      return { id: row.id, kind: 'patient', displayName: row.displayName, phoneMasked: maskPhone(phone), roles: ['patient'] };
    },

    /** Display facts about a patient account for other contexts (e.g. "who manages me"); phone masked. */
    /** The account registered with this phone, for contexts that name a person by phone (号源转让). */
    async accountIdByPhone(tx: Parameters<Parameters<Db['transaction']>[0]>[0], phone: string): Promise<string | null> {
      return (await repo.findAccountByPhoneIndex(tx, codes.phoneKey(phone)))?.id ?? null;
    },

    async describeAccount(tx: Parameters<Parameters<Db['transaction']>[0]>[0], id: string): Promise<{ displayName: string; phoneMasked: string } | null> {
      const a = await repo.findAccount(tx, id);
      return a && { displayName: a.displayName, phoneMasked: maskPhone(protection.cipher.decrypt(a.phoneEnc, fieldContext('accounts', 'phone', a.id))) };
    },

    /** Staff facts for other contexts (access logs, clinical checks); null for unknown or disabled staff. */
    async describeStaff(tx: Parameters<Parameters<Db['transaction']>[0]>[0], id: string) {
      const s = await repo.findStaff(tx, id);
      return s && !s.disabledAt ? { id: s.id, displayName: s.displayName, role: s.role, doctorId: s.doctorId, surname: s.surname, addressIndex: s.addressIndex } : null;
    },

    async loginWithCode(phone: string, code: string, meta: ClientMeta): Promise<SessionTokens> {
      // Wrong tries must be counted even though the request fails, so the transaction returns and commits first.
      const outcome = await db.transaction(async (tx) => {
        const check = await codes.check(tx, phone, 'login', code);
        if (check.kind !== 'ok') return check;
        const account = await service.accountForPhone(tx, phone);
        return { kind: 'ok' as const, tokens: await sessions.issue(tx, { kind: 'patient', id: account.id }, account, meta) };
      });
      if (outcome.kind !== 'ok') throw codeCheckError(outcome);
      return outcome.tokens;
    },
  };
  const loginWithWeChat = createWeChatLogin({
    db,
    client: deps.wechat,
    sessions,
    accountForPhone: (tx, phone) => service.accountForPhone(tx, phone),
    describe: async (tx, id) => {
      const a = await service.describeAccount(tx, id);
      return a && { id, displayName: a.displayName, phoneMasked: a.phoneMasked };
    },
  });
  return { ...service, loginWithWeChat };
}
