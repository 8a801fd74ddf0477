import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '../../components/nut';
import { PageRoot } from '../../components/PageRoot';
import { usePatients } from '../../hooks/usePatients';
import { useT } from '../../i18n';
import { useSession } from '../../state/session';
import { Account } from './Account';
import { BookingEntries } from './BookingEntries';
import { Entries } from './Entries';
import { Settings } from './Settings';
import { Shortcuts } from './Shortcuts';
import './index.css';

const VERSION = '0.1.0';

export default function MePage() {
  const t = useT();
  const { account, signOut } = useSession();
  const patients = usePatients();
  const self = patients.data === undefined ? undefined : (patients.data?.items.find((p) => p.isSelf) ?? null);
  const onLogout = async () => {
    await signOut();
    Taro.showToast({ title: t('me.loggedOut'), icon: 'none' }).catch(() => undefined);
  };
  return (
    <PageRoot titleKey='title.me' testId='page-me' tab navTone='brand'>
      <View className='me-top'>
        <Account self={account ? self : undefined} />
      </View>
      <Shortcuts />
      <Entries signedIn={account !== null} patients={account ? patients.data : null} />
      <BookingEntries signedIn={account !== null} />
      <Settings />
      {account ? (
        <View className='me-logout'>
          <Button block size='large' data-testid='me-logout' data-tap onClick={() => void onLogout()}>
            {t('me.logout')}
          </Button>
        </View>
      ) : null}
      <Text className='me-version xl-muted'>{t('me.version', { v: VERSION })}</Text>
    </PageRoot>
  );
}
