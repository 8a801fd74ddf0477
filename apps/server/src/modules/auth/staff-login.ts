import { hash as hashPassword, verify as verifyPassword } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';
import type { SessionTokens } from '@xinglin/contracts';
import type { Db } from '../../db/client';
import { AppError, unauthorized } from '../../errors';
import { fieldContext, type Protection } from '../../security/protection';
import type { AuditService } from '../audit/service';
import * as repo from './repository';
import type { ClientMeta, SessionService } from './sessions';
import { acceptTotp } from './staff-credentials';

export interface StaffLoginDeps {
  db: Db;
  audit: AuditService;
  sessions: SessionService;
  protection: Protection;
  lockoutAttempts: number;
  lockoutMinutes: number;
  now: () => Date;
}

// Unknown usernames are checked against this hash so they cost as much time as a real account.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(randomBytes(24).toString('base64')));

const locked = (seconds: number) =>
  new AppError('AUTH_ACCOUNT_LOCKED', 423, `账号已锁定，请 ${Math.ceil(seconds / 60)} 分钟后再试`, `The account is locked; try again in ${Math.ceil(seconds / 60)} min`, { retryAfterSeconds: seconds });

/** Password + TOTP, five wrong tries lock the account for 15 minutes, every attempt audited. */
export function createStaffLogin(deps: StaffLoginDeps) {
  const { db, now } = deps;
  return async function loginStaff(username: string, password: string, totpCode: string, meta: ClientMeta): Promise<SessionTokens> {
    const t = now();
    const staff = await db.transaction((tx) => repo.findStaffByUsername(tx, username));
    const event = { objectType: 'staff_login', objectId: username, action: 'login', ip: meta.ip, requestId: meta.requestId };
    const fail = async (reason: string) => {
      let lockedFor = 0;
      await db.transaction(async (tx) => {
        await deps.audit.record(tx, { ...event, actor: { kind: 'anonymous', id: staff?.id ?? null }, outcome: 'failure', purpose: reason });
        if (!staff || reason === 'locked') return;
        const attempts = await repo.recordStaffFailure(tx, staff.id);
        if (attempts >= deps.lockoutAttempts) {
          lockedFor = deps.lockoutMinutes * 60;
          await repo.lockStaff(tx, staff.id, new Date(t.getTime() + lockedFor * 1000));
        }
      });
      return lockedFor;
    };

    if (staff?.lockedUntil && staff.lockedUntil > t) {
      await fail('locked');
      throw locked(Math.ceil((staff.lockedUntil.getTime() - t.getTime()) / 1000));
    }
    const passwordOk = await verifyPassword(staff?.passwordHash ?? (await getDummyHash()), password).catch(() => false);
    const secret = staff?.totpSecretEnc ? deps.protection.cipher.decrypt(staff.totpSecretEnc, fieldContext('staff_users', 'totp_secret', staff.id)) : null;
    const step = secret ? acceptTotp(secret, totpCode, t, staff?.totpLastStep ?? null) : null;
    if (!staff || staff.disabledAt || !passwordOk || step === null) {
      const lockedFor = await fail(!staff ? 'unknown_user' : !passwordOk ? 'bad_password' : 'bad_totp');
      if (lockedFor) throw locked(lockedFor);
      throw unauthorized('AUTH_BAD_CREDENTIALS', '用户名、密码或动态验证码错误', 'Wrong username, password or authenticator code');
    }
    return db.transaction(async (tx) => {
      await repo.recordStaffSuccess(tx, staff.id, t, step);
      await deps.audit.record(tx, { ...event, actor: { kind: 'staff', id: staff.id, role: staff.role }, outcome: 'success' });
      const account = { id: staff.id, kind: 'staff' as const, displayName: staff.displayName, phoneMasked: null, roles: [staff.role] };
      return deps.sessions.issue(tx, { kind: 'staff', id: staff.id }, account, meta);
    });
  };
}
