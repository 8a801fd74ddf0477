import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import managersImage from '../../assets/empty/managers.png';
import { AsyncView } from '../../components/AsyncView';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { PageRoot } from '../../components/PageRoot';
import { useAsync } from '../../hooks/useAsync';
import { useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { type Manager, listManagers, removeManager, setManagerRecordAccess } from '../../services/patients';
import { errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { useSession } from '../../state/session';
import { toast } from '../../utils/toast';
import { ManagerCard } from './ManagerCard';
import './index.css';

/** 谁在管理我: accounts that manage me, whether each may read my health record, and 解除. */
export default function ManagersPage() {
  const t = useT();
  const { lang } = usePrefs();
  const { account } = useSession();
  const state = useAsync(() => (account ? listManagers().then((r) => r.items) : Promise.resolve(null)), [account?.id]);
  const [items, setItems] = useState<Manager[] | null>(null);
  const [removing, setRemoving] = useState<Manager | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const list = items ?? state.data;

  const toggle = async (m: Manager) => {
    if (busy) return;
    setBusy(m.accountId);
    try {
      await setManagerRecordAccess(m.accountId, !m.recordAccess);
      setItems((list ?? []).map((x) => (x.accountId === m.accountId ? { ...x, recordAccess: !m.recordAccess } : x)));
      toast(t(m.recordAccess ? 'managers.revoked' : 'managers.granted'));
    } catch (err) {
      toast(errorMessage(err, lang));
    } finally {
      setBusy(null);
    }
  };

  const remove = async () => {
    if (!removing) return;
    setBusy(removing.accountId);
    try {
      await removeManager(removing.accountId);
      setItems((list ?? []).filter((x) => x.accountId !== removing.accountId));
      toast(t('managers.removed'));
    } catch (err) {
      toast(errorMessage(err, lang));
    } finally {
      setBusy(null);
      setRemoving(null);
    }
  };

  return (
    <PageRoot titleKey='title.managers' testId='page-managers'>
      <AsyncView state={{ ...state, data: list }} testId='managers'>
        {(managers) => {
          if (!managers) {
            return <EmptyState image={managersImage} title={t('me.entry.needLogin')} actionText={t('me.guest')}
              onAction={() => go(PAGES.login)} testId='managers-login' />;
          }
          if (managers.length === 0) {
            return <EmptyState image={managersImage} title={t('managers.empty')} hint={t('managers.emptyHint')}
              testId='managers-empty' />;
          }
          return (
            <>
              <Text className='mg-intro'>{t('managers.intro')}</Text>
              <View data-testid='managers-list'>
                {managers.map((m) => (
                  <ManagerCard key={m.accountId} manager={m} busy={busy === m.accountId}
                    onToggle={() => void toggle(m)} onRemove={() => setRemoving(m)} />
                ))}
              </View>
            </>
          );
        }}
      </AsyncView>
      <ConfirmDialog open={removing !== null} title={t('managers.remove')}
        body={removing ? t('managers.removeBody', { name: removing.displayName }) : undefined}
        confirmText={t('managers.remove')} danger busy={busy !== null}
        onCancel={() => setRemoving(null)} onConfirm={() => void remove()} />
    </PageRoot>
  );
}
