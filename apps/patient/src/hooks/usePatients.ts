import { type PatientList, listPatients } from '../services/patients';
import type { AsyncState } from './useAsync';
import { useSignedInList } from './useSignedInList';

/**
 * The signed-in account's patients (self first); null when signed out. Reloaded when the account changes
 * and whenever the page shows again (e.g. back from 实名认证 or 添加就诊人).
 */
export function usePatients(): AsyncState<PatientList | null> {
  return useSignedInList(listPatients);
}
