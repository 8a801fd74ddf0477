import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { useT } from '../../i18n';
import { errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import type { AsyncState } from '../../hooks/useAsync';
import './index.css';

interface Props<T> {
  state: AsyncState<T>;
  children: (data: T) => ReactNode;
  /** Shown while loading (defaults to three skeleton rows). */
  skeleton?: ReactNode;
  testId?: string;
}

/** Loading skeleton → error with retry (message in the user's language) → content. */
export function AsyncView<T>({ state, children, skeleton, testId }: Props<T>) {
  const t = useT();
  const { lang } = usePrefs();
  if (state.data !== undefined && !state.loading) return <>{children(state.data)}</>;
  if (state.error && !state.loading) {
    return (
      <View className='xl-async-error xl-card' data-testid={testId ? `${testId}-error` : undefined}>
        <Text className='xl-async-error__text'>{errorMessage(state.error, lang)}</Text>
        <View className='xl-link xl-pressable' onClick={state.reload}>
          {t('common.retry')}
        </View>
      </View>
    );
  }
  if (state.data !== undefined) return <>{children(state.data)}</>;
  return (
    <View className='xl-skeleton' aria-label={t('common.loading')}>
      {skeleton ?? [0, 1, 2].map((i) => <View key={i} className='xl-skeleton__row' />)}
    </View>
  );
}
