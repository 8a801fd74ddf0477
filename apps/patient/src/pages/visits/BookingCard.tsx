import { Text, View } from '@tarojs/components';
import type { Booking } from '@xinglin/contracts';
import { useAsync } from '../../hooks/useAsync';
import { useT } from '../../i18n';
import { findSlot, getDoctorCached } from '../../services/booking';
import { chinaTime } from '../../utils/china-time';
import { isActive } from './visits-model';
import { PAGES, go } from '../../routes';

async function loadInfo(b: Booking) {
  const [doctor, slot] = await Promise.all([
    getDoctorCached(b.doctorId).catch(() => null),
    findSlot(b.doctorId, b.date, b.slotId).catch(() => null),
  ]);
  return { doctor, slot };
}

/** One booking: status tag, doctor, department, date/time, 就诊序号 and 退号. */
export function BookingCard({ booking, onCancel }: { booking: Booking; onCancel: (b: Booking) => void }) {
  const t = useT();
  const info = useAsync(() => loadInfo(booking), [booking.id]);
  const doctor = info.data?.doctor;
  const slot = info.data?.slot;
  return (
    <View className={`xl-card vb-card is-${booking.status}`} data-testid='booking-card'
      data-booking-id={booking.id} data-status={booking.status}>
      <View className='vb-card__head'>
        <Text className='vb-card__doctor' data-testid='booking-doctor'>{doctor?.name ?? '…'}</Text>
        <Text className={`vb-tag is-${booking.status}`} data-testid='booking-status'>
          {t(`visits.status.${booking.status}`)}
        </Text>
      </View>
      <Text className='vb-card__line'>{doctor?.departmentName ?? ''}</Text>
      <Text className='vb-card__line' data-testid='booking-time'>
        {booking.date}{slot ? ` ${chinaTime(slot.startsAt)}–${chinaTime(slot.endsAt)}` : ''}
      </Text>
      <Text className='vb-card__no' data-testid='booking-visit-no'>{t('visits.visitNo', { n: booking.visitNo })}</Text>
      <QueueButton booking={booking} />
      {isActive(booking) ? (
        <View className='xl-btn-ghost xl-pressable vb-card__cancel' data-tap data-testid='booking-cancel' role='button'
          onClick={() => onCancel(booking)}>
          {t('visits.cancel')}
        </View>
      ) : null}
    </View>
  );
}

/** 签到 before the visit (an unpaid booking hears "pay first" from the server), 查看排队 once checked in. */
function QueueButton({ booking }: { booking: Booking }) {
  const t = useT();
  const inQueue = booking.status === 'checked_in' || booking.status === 'called';
  if (!inQueue && !isActive(booking)) return null;
  return (
    <View className='xl-btn-ghost xl-pressable' style={{ marginTop: '12px' }} data-tap data-testid={inQueue ? 'booking-queue' : 'booking-checkin'} role='button'
      onClick={() => go(inQueue ? PAGES.queue : PAGES.checkin, { bookingId: booking.id })}>
      {t(inQueue ? 'visits.queue' : 'visits.checkin')}
    </View>
  );
}
