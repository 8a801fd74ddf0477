import { Text, View } from '@tarojs/components';
import type { Vaccine } from '@xinglin/contracts';
import emptyImage from '../../assets/empty/soon.png';
import { AsyncView } from '../../components/AsyncView';
import { EmptyState } from '../../components/EmptyState';
import { PageRoot } from '../../components/PageRoot';
import { useAsync } from '../../hooks/useAsync';
import { useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { yuan } from '../../utils/china-time';
import { listVaccines } from '../exams/api';
import { Tags, placesIn, restrictionTags } from '../exams/shared';

/** 疫苗接种: every vaccine with its doses, who it is for, price per dose and places in the next 14 days. */
export default function VaccinesPage() {
  const t = useT();
  const state = useAsync(listVaccines, []);
  return (
    <PageRoot titleKey='title.vaccines' testId='page-vaccines'>
      <AsyncView state={state} testId='vaccines'>
        {(items) =>
          items.length === 0 ? (
            <EmptyState image={emptyImage} title={t('exams.empty')} testId='vaccines-empty' />
          ) : (
            <View className='ex-list' data-testid='vaccines-list'>
              {items.map((v) => <VaccineCard key={v.id} vaccine={v} />)}
              <View className='xl-link xl-pressable' data-tap data-testid='vaccines-mine' onClick={() => go(PAGES.examsMine)}>
                {t('exams.entry.mine')}
              </View>
            </View>
          )
        }
      </AsyncView>
    </PageRoot>
  );
}

function VaccineCard({ vaccine: v }: { vaccine: Vaccine }) {
  const t = useT();
  const places = placesIn(v.days);
  return (
    <View className='xl-card ex-card xl-pressable' data-tap data-testid='vaccine-card' data-code={v.code} role='button'
      onClick={() => go(PAGES.vaccineDetail, { id: v.id })}>
      <View className='ex-card__head'>
        <Text className='ex-card__name'>{v.name}</Text>
        <Text className='ex-price'>{t('exams.price', { price: yuan(v.priceFen) })}</Text>
      </View>
      <Text className='ex-card__line'>{v.manufacturer} · {t('vaccines.doses', { n: v.doses })}</Text>
      <Tags items={restrictionTags(t, v)} />
      <Text className='ex-card__line'>{places > 0 ? t('exams.nextOpen', { n: places }) : t('exams.noDays')}</Text>
    </View>
  );
}
