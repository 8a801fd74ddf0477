import { Text, View } from '@tarojs/components';
import type { Booking } from '@xinglin/contracts';
import { useT } from '../../i18n';
import { PAGES, goTab } from '../../routes';
import { chinaMonthDayTime, chinaTime } from '../../utils/china-time';

interface Props {
  booking: Booking;
  startsAt: string;
  endsAt: string;
}

/** 挂号成功: 就诊序号, the time window and the 15-minute hold (payment arrives later). */
export function Result({ booking, startsAt, endsAt }: Props) {
  const t = useT();
  return (
    <View className='xl-card bc-result' data-testid='booking-result' data-booking-id={booking.id}>
      <Text className='bc-result__title'>{t('result.title')}</Text>
      <Text className='xl-muted'>{t('result.visitNo')}</Text>
      <Text className='bc-result__no' data-testid='booking-visit-no'>{booking.visitNo}</Text>
      <Text className='bc-result__time' data-testid='booking-window'>
        {booking.date} {chinaTime(startsAt)}–{chinaTime(endsAt)}
      </Text>
      {booking.status === 'held' && booking.holdExpiresAt ? (
        <Text className='xl-notice bc-result__note' data-testid='booking-hold'>
          {t('result.held', { time: chinaMonthDayTime(booking.holdExpiresAt) })}
          {' '}{t('result.paySoon')}
        </Text>
      ) : null}
      <View className='xl-btn-ghost xl-pressable bc-result__go' data-tap data-testid='booking-to-visits'
        onClick={() => goTab(PAGES.visits)}>
        {t('result.toVisits')}
      </View>
    </View>
  );
}
