import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import emptyImage from '../../assets/empty/soon.png';
import { AsyncView } from '../../components/AsyncView';
import { EmptyState } from '../../components/EmptyState';
import { PageRoot } from '../../components/PageRoot';
import { useAsync } from '../../hooks/useAsync';
import { type MessageKey, useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import './shared.css';

interface Props<T> {
  titleKey: MessageKey;
  /** `exams` or `vaccines`: the page is `page-${testId}`, the list `${testId}-list`, and so on. */
  testId: string;
  load: () => Promise<T[]>;
  card: (item: T) => ReactNode;
}

/** The 体检 or 疫苗 catalogue: one card each (or an empty state), then the way to 我的体检与接种. */
export function CatalogPage<T>({ titleKey, testId, load, card }: Props<T>) {
  const t = useT();
  const state = useAsync(load, []);
  return (
    <PageRoot titleKey={titleKey} testId={`page-${testId}`}>
      <AsyncView state={state} testId={testId}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState image={emptyImage} title={t('exams.empty')} testId={`${testId}-empty`} />
          ) : (
            <View className='ex-list' data-testid={`${testId}-list`}>
              {items.map(card)}
              <View className='xl-link xl-pressable' data-tap data-testid={`${testId}-mine`} onClick={() => go(PAGES.examsMine)}>
                {t('exams.entry.mine')}
              </View>
            </View>
          )
        }
      </AsyncView>
    </PageRoot>
  );
}
