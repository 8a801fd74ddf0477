import { useState } from 'react';
import { usePatients } from '../../hooks/usePatients';
import { defaultPatientId } from './rules';

/**
 * The account's patients and the one chosen for a booking. `patients` is null when signed out
 * (the picker then offers to sign in) and empty while loading.
 */
export function usePatientChoice() {
  const state = usePatients();
  const [chosen, setChosen] = useState<string | null>(null);
  const list = state.data?.items ?? [];
  return {
    patients: state.data === null ? null : list,
    patientId: chosen ?? defaultPatientId(list),
    choose: setChosen,
  };
}
