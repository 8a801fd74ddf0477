import { useMemo } from 'react';
import { computeAccess, type Access } from '../access';
import { useSession } from '../services/session';

/** The signed-in user's permissions, recomputed when the account changes. */
export function useAccess(): Access {
  const account = useSession()?.account;
  return useMemo(() => computeAccess(account), [account]);
}
