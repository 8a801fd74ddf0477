import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { getFaceResult } from '../../services/patients';

export type FaceState = 'checking' | 'passed' | 'failed' | 'error';
const POLL_MS = 1500;
const MAX_POLLS = 10;

/**
 * Back from the face-check page (`?bizToken=…`): asks the server for the result, polling while the
 * provider still says pending; `onSettled` reloads the patient list (the level may now be 3).
 */
export function useFaceResult(bizToken: string | undefined, onSettled: () => void): FaceState | null {
  const [state, setState] = useState<FaceState | null>(bizToken ? 'checking' : null);
  useEffect(() => {
    if (!bizToken) return undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async (n: number) => {
      try {
        const r = await getFaceResult(decodeURIComponent(bizToken));
        if (stopped) return;
        if (r.status === 'pending' && n < MAX_POLLS) {
          timer = setTimeout(() => void poll(n + 1), POLL_MS);
          return;
        }
        setState(r.status === 'passed' ? 'passed' : r.status === 'failed' ? 'failed' : 'error');
        onSettled();
      } catch {
        if (!stopped) setState('error');
      }
    };
    void poll(1);
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
    // onSettled is the list's stable reload function: run once per token.
  }, [bizToken]);
  return state;
}

export function FaceBanner({ state }: { state: FaceState }) {
  const t = useT();
  const text = state === 'checking' ? t('face.checking') : state === 'passed' ? t('face.passed')
    : state === 'failed' ? t('face.failed') : t('common.unknownError');
  const tone = state === 'passed' ? 'ok' : state === 'checking' ? 'info' : 'bad';
  return (
    <View className={`xl-card rn-banner rn-banner--${tone}`} data-testid='face-result' data-state={state}>
      <Text className='rn-banner__text'>{text}</Text>
    </View>
  );
}
