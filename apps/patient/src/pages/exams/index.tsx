import { Text, View } from '@tarojs/components';
import type { ExamPackage } from '@xinglin/contracts';
import emptyImage from '../../assets/empty/soon.png';
import { AsyncView } from '../../components/AsyncView';
import { EmptyState } from '../../components/EmptyState';
import { PageRoot } from '../../components/PageRoot';
import { useAsync } from '../../hooks/useAsync';
import { useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { yuan } from '../../utils/china-time';
import { listPackages } from './api';
import { Tags, placesIn, restrictionTags } from './shared';

/** 体检预约: every package with price, who it is for and the places left in the next 14 days. */
export default function ExamsPage() {
  const t = useT();
  const state = useAsync(listPackages, []);
  return (
    <PageRoot titleKey='title.exams' testId='page-exams'>
      <AsyncView state={state} testId='exams'>
        {(items) =>
          items.length === 0 ? (
            <EmptyState image={emptyImage} title={t('exams.empty')} testId='exams-empty' />
          ) : (
            <View className='ex-list' data-testid='exams-list'>
              {items.map((p) => <PackageCard key={p.id} pkg={p} />)}
              <View className='xl-link xl-pressable' data-tap data-testid='exams-mine' onClick={() => go(PAGES.examsMine)}>
                {t('exams.entry.mine')}
              </View>
            </View>
          )
        }
      </AsyncView>
    </PageRoot>
  );
}

function PackageCard({ pkg }: { pkg: ExamPackage }) {
  const t = useT();
  const places = placesIn(pkg.days);
  return (
    <View className='xl-card ex-card xl-pressable' data-tap data-testid='exam-card' data-code={pkg.code} role='button'
      onClick={() => go(PAGES.examDetail, { id: pkg.id })}>
      <View className='ex-card__head'>
        <Text className='ex-card__name'>{pkg.name}</Text>
        <Text className='ex-price'>{t('exams.price', { price: yuan(pkg.priceFen) })}</Text>
      </View>
      <Text className='ex-card__line'>{pkg.items.slice(0, 4).map((i) => i.name).join('、')}{pkg.items.length > 4 ? '…' : ''}</Text>
      <Tags items={restrictionTags(t, pkg)} />
      <Text className='ex-card__line'>{places > 0 ? t('exams.nextOpen', { n: places }) : t('exams.noDays')}</Text>
    </View>
  );
}
