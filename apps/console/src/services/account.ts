import { accountSchema, type Account } from '@xinglin/contracts';
import { request } from './request';
import { clearSession, getSession, updateAccount } from './session';

/** Re-reads the account (roles may have changed since the tokens were issued). */
export async function reloadAccount(): Promise<Account | null> {
  if (!getSession()) return null;
  const account = await request('/me', { schema: accountSchema, skipErrorHandler: true });
  updateAccount(account);
  return account;
}

/** Revokes the refresh token on the server, then forgets the session whatever the answer. */
export async function logout(): Promise<void> {
  try {
    if (getSession()) await request('/auth/logout', { method: 'POST', skipErrorHandler: true });
  } catch {
    // Already expired or offline: signing out locally is what the user asked for.
  } finally {
    clearSession('logout');
  }
}
