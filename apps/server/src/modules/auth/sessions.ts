import type { Account, Role, SessionTokens } from '@xinglin/contracts';
import type { Db, Tx } from '../../db/client';
import { unauthorized } from '../../errors';
import { fieldContext, type Protection } from '../../security/protection';
import { accessLookup, type AccessRow } from './access-lookup';
import { generateToken, hashToken, maskPhone } from './domain';
import * as repo from './repository';

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

export interface SessionDeps {
  db: Db;
  protection: Protection;
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
  staffIdleTimeoutSeconds: number;
  now: () => Date;
}

export type SessionService = ReturnType<typeof createSessionService>;

// Writing lastSeenAt on every request would turn each read into a write; once a minute is precise enough.
const SEEN_GRANULARITY_MS = 60_000;

export function createSessionService(deps: SessionDeps) {
  const { db, now } = deps;
  const lookUpAccess = accessLookup(db, now);

  async function describe(tx: Tx, session: repo.SessionRow): Promise<Account | null> {
    if (session.subjectKind === 'patient' && session.accountId) {
      const a = await repo.findAccount(tx, session.accountId);
      if (!a) return null;
      const phone = deps.protection.cipher.decrypt(a.phoneEnc, fieldContext('accounts', 'phone', a.id));
      return { id: a.id, kind: 'patient', displayName: a.displayName, phoneMasked: maskPhone(phone), roles: ['patient'] };
    }
    if (session.staffId) {
      const s = await repo.findStaff(tx, session.staffId);
      return s && !s.disabledAt ? { id: s.id, kind: 'staff', displayName: s.displayName, phoneMasked: null, roles: [s.role] } : null;
    }
    return null;
  }

  /** The same description as `describe`, from the row the access lookup already joined. */
  function accountOf(row: AccessRow): Account | null {
    const { session, account: a, staff: s } = row;
    if (session.subjectKind === 'patient' && a) {
      const phone = deps.protection.cipher.decrypt(a.phoneEnc, fieldContext('accounts', 'phone', a.id));
      return { id: a.id, kind: 'patient', displayName: a.displayName, phoneMasked: maskPhone(phone), roles: ['patient'] };
    }
    if (session.subjectKind === 'staff' && s) return s.disabledAt ? null : { id: s.id, kind: 'staff', displayName: s.displayName, phoneMasked: null, roles: [s.role] };
    return null;
  }

  function tokensOf(session: repo.SessionRow, accessToken: string, refreshToken: string, account: Account): SessionTokens {
    return {
      accessToken,
      refreshToken,
      accessTokenExpiresAt: session.accessExpiresAt.toISOString(),
      refreshTokenExpiresAt: session.refreshExpiresAt.toISOString(),
      account,
    };
  }

  return {
    async issue(tx: Tx, subject: { kind: 'patient' | 'staff'; id: string }, account: Account, meta: ClientMeta): Promise<SessionTokens> {
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
        lastSeenAt: t,
        ip: meta.ip,
        userAgent: meta.userAgent?.slice(0, 300),
      });
      return tokensOf(session, accessToken, refreshToken, account);
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
        if (session.revokedAt || session.refreshExpiresAt <= t || idleExpired(session, t)) return null;
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
        return account && tokensOf(rotated, accessToken, nextRefresh, account);
      });
      if (!outcome) throw unauthorized('AUTH_REFRESH_INVALID', '登录已过期，请重新登录', 'Your session has ended; please sign in again');
      return outcome;
    },

    async logout(principal: Principal): Promise<void> {
      await db.transaction((tx) => repo.revokeSession(tx, principal.sessionId, 'logout', now()));
    },

    /**
     * Resolves a bearer token to who is calling, or null. Staff sessions idle too long are ended here. One read on
     * the hot path (no transaction): the revoke and the once-a-minute touch are single statements of their own.
     */
    async authenticate(accessToken: string): Promise<(Principal & { account: Account }) | null> {
      const t = now();
      const row = await lookUpAccess(hashToken(accessToken));
      if (!row) return null;
      const { session } = row;
      if (idleExpired(session, t)) {
        await repo.revokeSession(db, session.id, 'idle_timeout', t);
        return null;
      }
      // Only the staff idle timeout reads lastSeenAt: a patient's request stays a pure read (no write per minute).
      if (session.subjectKind === 'staff' && (!session.lastSeenAt || t.getTime() - session.lastSeenAt.getTime() > SEEN_GRANULARITY_MS)) await repo.touchSession(db, session.id, t);
      const account = accountOf(row);
      if (!account) return null;
      return { sessionId: session.id, kind: account.kind, subjectId: account.id, roles: account.roles, account };
    },
  };

  function idleExpired(session: repo.SessionRow, t: Date): boolean {
    if (session.subjectKind !== 'staff') return false;
    const seen = session.lastSeenAt ?? session.createdAt;
    return t.getTime() - seen.getTime() > deps.staffIdleTimeoutSeconds * 1000;
  }
}
