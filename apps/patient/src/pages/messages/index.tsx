import emptyImage from '../../assets/empty/messages.png';
import { EmptyState } from '../../components/EmptyState';
import { PageRoot } from '../../components/PageRoot';
import { useT } from '../../i18n';
import { PAGES, go } from '../../routes';

/** 消息: reminders and report notices arrive later; until then an honest empty state. */
export default function MessagesPage() {
  const t = useT();
  return (
    <PageRoot titleKey='title.messages' testId='page-messages' tab>
      <EmptyState
        image={emptyImage}
        title={t('messages.empty')}
        hint={t('messages.emptyHint')}
        actionText={t('common.book')}
        onAction={() => go(PAGES.departments)}
        testId='messages-empty'
      />
    </PageRoot>
  );
}
