import { Text, View } from '@tarojs/components';
import type { ExamPackage } from '@xinglin/contracts';
import { useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { listPackages } from './api';
import { CatalogPage } from './Catalog';
import { NamePrice, PlacesLine, Tags, restrictionTags } from './shared';

/** 体检预约: every package with price, who it is for and the places left in the next 14 days. */
export default function ExamsPage() {
  return <CatalogPage titleKey='title.exams' testId='exams' load={listPackages} card={(p) => <PackageCard key={p.id} pkg={p} />} />;
}

function PackageCard({ pkg }: { pkg: ExamPackage }) {
  const t = useT();
  return (
    <View className='xl-card ex-card xl-pressable' data-tap data-testid='exam-card' data-code={pkg.code} role='button'
      onClick={() => go(PAGES.examDetail, { id: pkg.id })}>
      <NamePrice name={pkg.name} priceFen={pkg.priceFen} />
      <Text className='ex-card__line'>{pkg.items.slice(0, 4).map((i) => i.name).join('、')}{pkg.items.length > 4 ? '…' : ''}</Text>
      <Tags items={restrictionTags(t, pkg)} />
      <PlacesLine days={pkg.days} />
    </View>
  );
}
