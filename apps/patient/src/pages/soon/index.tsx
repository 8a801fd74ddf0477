import { useRouter } from '@tarojs/taro';
import soonImage from '../../assets/empty/soon.png';
import { EmptyState } from '../../components/EmptyState';
import { PageRoot } from '../../components/PageRoot';
import { type MessageKey, useT } from '../../i18n';
import { PAGES, type SoonFeature, goTab } from '../../routes';

const NAMES: Record<SoonFeature, MessageKey> = {
  triage: 'home.tiles.triage',
  reports: 'home.tiles.reports',
  consult: 'home.tiles.consult',
  payment: 'home.tiles.payment',
  navigation: 'home.tiles.navigation',
  patients: 'me.patients',
  bookings: 'me.bookings',
  bills: 'me.bills',
  myReports: 'me.reports',
};

/** 即将上线 / Coming soon: a friendly stop for entries that are promised but not built yet. */
export default function SoonPage() {
  const t = useT();
  const feature = useRouter().params.feature as SoonFeature | undefined;
  const nameKey = feature && feature in NAMES ? NAMES[feature] : null;
  return (
    <PageRoot titleKey='title.soon' testId='page-soon'>
      <EmptyState
        image={soonImage}
        title={t('soon.title')}
        hint={nameKey ? t('soon.body', { name: t(nameKey) }) : undefined}
        actionText={t('soon.back')}
        onAction={() => goTab(PAGES.home)}
        testId='soon'
      />
    </PageRoot>
  );
}
