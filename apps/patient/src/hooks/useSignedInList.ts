import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import { type AsyncState, useAsync } from './useAsync';
import { useSession } from '../state/session';

/**
 * The signed-in account's own list (null when signed out), loaded again when the account changes and whenever the
 * page shows again, e.g. back from paying or from the booking page.
 */
export function useSignedInList<T>(load: () => Promise<T>): AsyncState<T | null> {
  const { account } = useSession();
  const accountId = account?.id ?? null;
  const state = useAsync(() => (accountId ? load() : Promise.resolve(null)), [accountId]);
  const shown = useRef(false);
  useDidShow(() => {
    // The first show is the mount, which useAsync has already loaded.
    if (shown.current && accountId) state.reload();
    shown.current = true;
  });
  return state;
}
