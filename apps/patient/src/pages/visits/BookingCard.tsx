import { Text, View } from '@tarojs/components';
import type { Booking } from '@xinglin/contracts';
import { useT } from '../../i18n';
import { chinaMonthDayTime, chinaTime } from '../../utils/china-time';
import { canTransfer, cardAction, checkInOpensAt, isActive, statusTone } from './visits-model';
import { PAGES, go } from '../../routes';

interface Props {
  booking: Booking;
  /** Epoch ms, ticking on the page: the 签到 button appears when the window opens. */
  now: number;
  onCancel: (b: Booking) => void;
  onTransfer: (b: Booking) => void;
}

/** One booking: status, doctor, department, patient, time window, place, notes, 就诊序号, 退号 and 转让. */
export function BookingCard({ booking, now, onCancel, onTransfer }: Props) {
  const t = useT();
  const upcoming = isActive(booking);
  return (
    <View className={`xl-card vb-card is-${booking.status}`} data-testid='booking-card'
      data-booking-id={booking.id} data-status={booking.status}>
      <View className='vb-card__head'>
        <Text className='vb-card__doctor' data-testid='booking-doctor'>{booking.doctorName}</Text>
        <Text className={`vb-tag is-${statusTone(booking.status)}`} data-testid='booking-status'>
          {t(`visits.status.${booking.status}`)}
        </Text>
      </View>
      <Text className='vb-card__line'>{booking.departmentName} · {booking.patientName}</Text>
      <Text className='vb-card__line' data-testid='booking-time'>
        {booking.date} {chinaTime(booking.startsAt)}–{chinaTime(booking.endsAt)}
      </Text>
      {booking.location ? (
        <Text className='vb-card__line' data-testid='booking-location'>{t('visits.location', { place: booking.location })}</Text>
      ) : null}
      <Text className='vb-card__no' data-testid='booking-visit-no'>{t('visits.visitNo', { n: booking.visitNo })}</Text>
      {booking.origin !== 'direct' ? (
        <Text className='xl-muted vb-card__origin'>{t(`visits.origin.${booking.origin}`)}</Text>
      ) : null}
      {booking.status === 'held' && booking.holdExpiresAt ? (
        <Text className='xl-notice vb-card__note' data-testid='booking-hold'>
          {t('visits.holdUntil', { time: chinaMonthDayTime(booking.holdExpiresAt) })}
        </Text>
      ) : null}
      {upcoming && booking.notes ? (
        <Text className='vb-card__notes' data-testid='booking-notes'>{t('visits.notes', { notes: booking.notes })}</Text>
      ) : null}
      <MainAction booking={booking} now={now} />
      {upcoming ? (
        <View className='vb-card__actions'>
          {canTransfer(booking) ? (
            <View className='xl-btn-ghost xl-pressable vb-card__action' data-tap data-testid='booking-transfer' role='button'
              onClick={() => onTransfer(booking)}>
              {t('visits.transfer')}
            </View>
          ) : null}
          <View className='xl-btn-ghost xl-pressable vb-card__action vb-card__cancel' data-tap data-testid='booking-cancel' role='button'
            onClick={() => onCancel(booking)}>
            {t('visits.cancel')}
          </View>
        </View>
      ) : null}
    </View>
  );
}

/** 去支付 while unpaid, 签到 only for a paid booking inside the check-in window, 查看排队 once checked in. */
function MainAction({ booking, now }: { booking: Booking; now: number }) {
  const t = useT();
  const action = cardAction(booking, now);
  if (action === null) return null;
  if (action === 'checkinLater') {
    return (
      <Text className='xl-muted vb-card__note' data-testid='booking-checkin-later'>
        {t('visits.checkinOpens', { time: chinaMonthDayTime(new Date(checkInOpensAt(booking)).toISOString()) })}
      </Text>
    );
  }
  const target = { pay: PAGES.cashier, checkin: PAGES.checkin, queue: PAGES.queue }[action];
  const label = { pay: t('visits.pay'), checkin: t('visits.checkin'), queue: t('visits.queue') }[action];
  return (
    <View className='xl-btn-ghost xl-pressable vb-card__main' data-tap data-testid={`booking-${action}`} role='button'
      onClick={() => go(target, { bookingId: booking.id })}>
      {label}
    </View>
  );
}
