import emptyImage from '../../assets/empty/visits.png';
import { EmptyState } from '../../components/EmptyState';
import { PageRoot } from '../../components/PageRoot';
import { useT } from '../../i18n';
import { PAGES, go } from '../../routes';

/** 就诊: visit records arrive with booking; until then an honest empty state. */
export default function VisitsPage() {
  const t = useT();
  return (
    <PageRoot titleKey='title.visits' testId='page-visits' tab>
      <EmptyState
        image={emptyImage}
        title={t('visits.empty')}
        hint={t('visits.emptyHint')}
        actionText={t('common.book')}
        onAction={() => go(PAGES.departments)}
        testId='visits-empty'
      />
    </PageRoot>
  );
}
