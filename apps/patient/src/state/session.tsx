import type { Account, SessionTokens } from '@xinglin/contracts';
import { createContext, type PropsWithChildren, useContext, useEffect, useMemo, useState } from 'react';
import { fetchMe, logout } from '../services/auth';
import { clearSession, loadSession, onSessionChange, saveSession } from '../services/session-store';

interface SessionValue {
  account: Account | null;
  signIn: (tokens: SessionTokens) => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionValue>({
  account: null,
  signIn: () => undefined,
  signOut: () => Promise.resolve(),
});

export function SessionProvider({ children }: PropsWithChildren) {
  const [account, setAccount] = useState<Account | null>(() => loadSession()?.account ?? null);

  useEffect(() => {
    const off = onSessionChange((s) => setAccount(s?.account ?? null));
    // Revalidate a stored session at launch (this also rotates an expired access token).
    const stored = loadSession();
    if (stored) {
      fetchMe().then(
        (me) => {
          const current = loadSession();
          if (current) saveSession({ ...current, account: me });
        },
        () => undefined, // a dead session is cleared by the request module; offline keeps it
      );
    }
    return off;
  }, []);

  const value = useMemo<SessionValue>(
    () => ({
      account,
      signIn: (tokens) => saveSession(tokens),
      signOut: async () => {
        try {
          await logout();
        } catch {
          // signing out locally is what matters to the user
        }
        clearSession();
      },
    }),
    [account],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export const useSession = () => useContext(SessionContext);
