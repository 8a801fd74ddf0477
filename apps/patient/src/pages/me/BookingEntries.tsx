import { Image, Text, View } from '@tarojs/components';
import bookingsIcon from '../../assets/me/bookings.png';
import managersIcon from '../../assets/me/managers.png';
import shieldIcon from '../../assets/me/shield.png';
import { type MessageKey, useT } from '../../i18n';
import { PAGES, go } from '../../routes';

const ENTRIES: { id: string; icon: string; title: MessageKey; hint: MessageKey; page: string }[] = [
  { id: 'waitlist', icon: bookingsIcon, title: 'me.entry.waitlist', hint: 'me.entry.waitlistHint', page: PAGES.waitlist },
  { id: 'transfers', icon: managersIcon, title: 'me.entry.transfers', hint: 'me.entry.transfersHint', page: PAGES.transfers },
  { id: 'no-shows', icon: shieldIcon, title: 'me.entry.noShows', hint: 'me.entry.noShowsHint', page: PAGES.noShows },
];

/** 挂号服务: 我的候补, 号源转让, 爽约记录 (signed out, each leads to 登录). */
export function BookingEntries({ signedIn }: { signedIn: boolean }) {
  const t = useT();
  return (
    <>
      <View className='xl-section-head'>
        <Text className='xl-section-title'>{t('me.section.booking')}</Text>
      </View>
      <View className='xl-card me-entries' data-testid='me-booking-entries'>
        {ENTRIES.map((e) => (
          <View key={e.id} className='xl-row me-entry xl-pressable' data-testid={`me-${e.id}`} data-tap
            onClick={() => go(signedIn ? e.page : PAGES.login)}>
            <View className='me-entry__icon'>
              <Image className='me-entry__img' src={e.icon} mode='scaleToFill' />
            </View>
            <View className='xl-row__main'>
              <Text className='xl-row__title me-entry__title'>{t(e.title)}</Text>
              <Text className='xl-muted me-entry__hint'>{t(e.hint)}</Text>
            </View>
            <View className='xl-chevron' />
          </View>
        ))}
      </View>
    </>
  );
}
