import type { SmsProvider } from '@xinglin/sms';
import type { Db, Tx } from '../../db/client';
import { type AppError, badRequest, serviceUnavailable, tooManyRequests } from '../../errors';
import type { Protection } from '../../security/protection';
import { SMS_CODE_RULES, decideSmsSend, generateSmsCode, hashSmsCode, sameHash, startOfChinaDay } from './domain';
import * as repo from './repository';

export type CodePurpose = 'login' | 'family_consent';

export type CodeCheck = { kind: 'ok' } | { kind: 'expired' } | { kind: 'locked' } | { kind: 'wrong'; remaining: number };

export interface SmsCodeDeps {
  db: Db;
  sms: SmsProvider;
  protection: Protection;
  secret: string;
  templateId: string;
  now: () => Date;
}

export type SmsCodeService = ReturnType<typeof createSmsCodeService>;

/**
 * Verification codes by SMS, for login and for a family member's consent. One send a minute and ten a day per
 * phone across all purposes; a code lives 5 minutes, is single use and survives 5 wrong tries.
 */
export function createSmsCodeService(deps: SmsCodeDeps) {
  const { db, now } = deps;
  const phoneKey = (phone: string) => deps.protection.index('phone', phone);

  return {
    phoneKey,

    async send(phone: string, purpose: CodePurpose): Promise<{ expiresInSeconds: number; resendAfterSeconds: number }> {
      const code = generateSmsCode();
      const key = phoneKey(phone);
      const outcome = await db.transaction(async (tx) => {
        await repo.lockPhone(tx, key);
        const t = now();
        const decision = decideSmsSend(t, await repo.lastSmsSentAt(tx, key), await repo.countSmsSince(tx, key, startOfChinaDay(t)));
        if (!decision.allowed) return decision;
        const row = await repo.insertSmsCode(tx, {
          phoneIndex: key,
          purpose,
          codeHash: hashSmsCode(deps.secret, key, code),
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
      // The code row commits before the SMS goes out; a failed send removes it so the patient can retry at once.
      const sent = await deps.sms.send({ phone, templateId: deps.templateId, params: [code, SMS_CODE_RULES.templateMinutes] });
      if (!sent.ok) {
        await db.transaction((tx) => repo.deleteSmsCode(tx, outcome.id));
        throw serviceUnavailable('SMS_SEND_FAILED', '短信发送失败，请稍后重试', 'The text message could not be sent; please try again shortly');
      }
      return { expiresInSeconds: SMS_CODE_RULES.ttlSeconds, resendAfterSeconds: SMS_CODE_RULES.resendAfterSeconds };
    },

    /**
     * Checks and, when right, consumes the newest code inside the caller's transaction. Wrong tries are written
     * too, so the caller must commit before turning a failed check into an error (see `asError`).
     */
    async check(tx: Tx, phone: string, purpose: CodePurpose, code: string): Promise<CodeCheck> {
      const key = phoneKey(phone);
      await repo.lockPhone(tx, key);
      const t = now();
      const current = await repo.latestSmsCode(tx, key, purpose);
      if (!current || current.consumedAt || current.expiresAt <= t) return { kind: 'expired' };
      if (current.attempts >= SMS_CODE_RULES.maxAttempts) return { kind: 'locked' };
      if (!sameHash(hashSmsCode(deps.secret, key, code), current.codeHash)) {
        const attempts = await repo.incrementAttempts(tx, current.id);
        return { kind: 'wrong', remaining: Math.max(0, SMS_CODE_RULES.maxAttempts - attempts) };
      }
      return (await repo.consumeSmsCode(tx, current.id, t)) ? { kind: 'ok' } : { kind: 'expired' };
    },
  };
}

export function codeCheckError(check: Exclude<CodeCheck, { kind: 'ok' }>): AppError {
  switch (check.kind) {
    case 'expired':
      return badRequest('AUTH_CODE_EXPIRED', '验证码已失效，请重新获取', 'The code has expired or was already used; please request a new one');
    case 'locked':
      return tooManyRequests('AUTH_CODE_LOCKED', '验证码错误次数过多，请重新获取', 'Too many wrong tries; please request a new code', 0);
    case 'wrong':
      return badRequest('AUTH_CODE_INVALID', `验证码错误，还可尝试 ${check.remaining} 次`, `Wrong code; ${check.remaining} tries left`, { remainingAttempts: check.remaining });
  }
}
