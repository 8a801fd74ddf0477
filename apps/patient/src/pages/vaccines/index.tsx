import { Text, View } from '@tarojs/components';
import type { Vaccine } from '@xinglin/contracts';
import { useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { listVaccines } from '../exams/api';
import { CatalogPage } from '../exams/Catalog';
import { NamePrice, PlacesLine, Tags, restrictionTags } from '../exams/shared';

/** 疫苗接种: every vaccine with its doses, who it is for, price per dose and places in the next 14 days. */
export default function VaccinesPage() {
  return <CatalogPage titleKey='title.vaccines' testId='vaccines' load={listVaccines} card={(v) => <VaccineCard key={v.id} vaccine={v} />} />;
}

function VaccineCard({ vaccine: v }: { vaccine: Vaccine }) {
  const t = useT();
  return (
    <View className='xl-card ex-card xl-pressable' data-tap data-testid='vaccine-card' data-code={v.code} role='button'
      onClick={() => go(PAGES.vaccineDetail, { id: v.id })}>
      <NamePrice name={v.name} priceFen={v.priceFen} />
      <Text className='ex-card__line'>{v.manufacturer} · {t('vaccines.doses', { n: v.doses })}</Text>
      <Tags items={restrictionTags(t, v)} />
      <PlacesLine days={v.days} />
    </View>
  );
}
