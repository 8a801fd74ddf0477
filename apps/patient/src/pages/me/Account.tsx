import { Image, Text, View } from '@tarojs/components';
import type { PatientSummary } from '@xinglin/contracts';
import personIcon from '../../assets/me/patients.png';
import { LevelBadge } from '../../components/LevelBadge';
import { Button } from '../../components/nut';
import { useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { useSession } from '../../state/session';

interface Props {
  /** The account holder as a patient (null until real-name verified); undefined while loading. */
  self: PatientSummary | null | undefined;
}

/** The signed-in account (masked phone, 实名 level) or a clear sign-in call to action. */
export function Account({ self }: Props) {
  const t = useT();
  const { account } = useSession();
  if (!account) {
    return (
      <View className='me-account' data-testid='me-guest'>
        <Avatar />
        <View className='me-account__main'>
          <Text className='me-account__hint'>{t('me.guestHint')}</Text>
          <Button
            className='me-account__login'
            type='primary'
            data-testid='me-login'
            data-tap
            onClick={() => go(PAGES.login)}
          >
            {t('me.guest')}
          </Button>
        </View>
      </View>
    );
  }
  return (
    <View className='me-account' data-testid='me-account'>
      <Avatar />
      <View className='me-account__main'>
        <Text className='me-account__name' data-testid='me-name'>
          {self?.name ?? account.displayName}
        </Text>
        <Text className='me-account__phone' data-testid='me-phone'>
          {account.phoneMasked ?? ''}
        </Text>
      </View>
      {self !== undefined ? (
        <View className='me-account__level xl-pressable' data-testid='me-level' data-tap
          onClick={() => go(PAGES.realname)}>
          <LevelBadge patient={self} tone='onBrand' testId='me-level-badge' />
        </View>
      ) : null}
    </View>
  );
}

function Avatar() {
  return (
    <View className='me-account__avatar'>
      <Image className='me-account__img' src={personIcon} mode='scaleToFill' />
    </View>
  );
}
