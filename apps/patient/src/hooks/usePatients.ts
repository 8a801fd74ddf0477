import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import { type PatientList, listPatients } from '../services/patients';
import { useSession } from '../state/session';
import { type AsyncState, useAsync } from './useAsync';

/**
 * The signed-in account's patients (self first); null when signed out. Reloaded when the account changes
 * and whenever the page shows again (e.g. back from 实名认证 or 添加就诊人).
 */
export function usePatients(): AsyncState<PatientList | null> {
  const { account } = useSession();
  const accountId = account?.id ?? null;
  const state = useAsync(() => (accountId ? listPatients() : Promise.resolve(null)), [accountId]);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current && accountId) state.reload();
    shown.current = true;
  });
  return state;
}
