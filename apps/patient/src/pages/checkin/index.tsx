import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { Booking, CheckInRequest } from '@xinglin/contracts';
import { AsyncView } from '../../components/AsyncView';
import { FormField } from '../../components/FormField';
import { Button } from '../../components/nut';
import { PageRoot } from '../../components/PageRoot';
import { useAsync } from '../../hooks/useAsync';
import { useT } from '../../i18n';
import { PAGES } from '../../routes';
import { checkIn, getBooking } from '../../services/queue';
import { errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { chinaTime } from '../../utils/china-time';
import { toast } from '../../utils/toast';
import { hasCheckedIn, locationBlocked, tokenFromScan } from './checkin-model';
import './index.css';

const IS_WEAPP = process.env.TARO_ENV === 'weapp';
const toQueue = (id: string) => Taro.redirectTo({ url: `${PAGES.queue}?bookingId=${encodeURIComponent(id)}` }).catch(() => undefined);

/**
 * 签到: scan the department's QR code (camera in the mini program; on H5, paste the code's text), or "I'm here"
 * by location. Browsers share the location only with HTTPS pages, so on plain HTTP that button explains itself.
 */
export default function CheckInPage() {
  const t = useT();
  const { lang } = usePrefs();
  const { bookingId = '' } = useRouter().params;
  const state = useAsync(() => getBooking(bookingId), [bookingId]);
  const [busy, setBusy] = useState<'qr' | 'location' | null>(null);
  const [pasted, setPasted] = useState('');
  const [error, setError] = useState<string | null>(null);
  const insecure = locationBlocked(process.env.TARO_ENV, typeof window === 'undefined' ? undefined : window.isSecureContext);

  const send = async (body: CheckInRequest) => {
    setBusy(body.method);
    setError(null);
    try {
      await checkIn(bookingId, body);
      toast(t('checkin.done'));
      void toQueue(bookingId);
    } catch (err) {
      setError(errorMessage(err, lang));
    } finally {
      setBusy(null);
    }
  };

  const scan = async () => {
    try {
      const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      await send({ method: 'qr', token: tokenFromScan(res.result) });
    } catch {
      // The user closed the camera: nothing to report.
    }
  };

  const here = async () => {
    setBusy('location');
    setError(null);
    try {
      // WGS-84, as GPS and browsers report it; the check-in points are stored in the same datum.
      const pos = await Taro.getLocation({ type: 'wgs84', isHighAccuracy: true });
      await send({ method: 'location', latitude: pos.latitude, longitude: pos.longitude });
    } catch {
      setError(t('checkin.locationFailed'));
      setBusy(null);
    }
  };

  return (
    <PageRoot titleKey='title.checkin' testId='page-checkin'>
      <AsyncView state={state} testId='checkin'>
        {(booking: Booking) => (
          <>
            <View className='xl-card ci-summary' data-testid='checkin-summary'>
              <Text className='ci-summary__doctor'>{booking.doctorName} · {booking.departmentName}</Text>
              <Text className='ci-summary__line'>{booking.date} {chinaTime(booking.startsAt)}–{chinaTime(booking.endsAt)}</Text>
              <Text className='ci-summary__line'>{booking.location}</Text>
              <Text className='ci-summary__no'>{t('checkin.visitNo', { n: booking.visitNo })}</Text>
              <Text className='xl-muted ci-summary__hint'>{t('checkin.window')}</Text>
            </View>
            {hasCheckedIn(booking.status) ? (
              <View className='xl-card ci-done' data-testid='checkin-already'>
                <Text className='ci-done__text'>{t('checkin.already')}</Text>
                <Button type='primary' size='large' block data-tap data-testid='checkin-view-queue' onClick={() => void toQueue(booking.id)}>
                  {t('checkin.viewQueue')}
                </Button>
              </View>
            ) : (
              <>
                <View className='xl-card ci-method' data-testid='checkin-qr'>
                  <Text className='ci-method__title'>{t('checkin.scan')}</Text>
                  <Text className='xl-muted'>{t('checkin.scanHint')}</Text>
                  {IS_WEAPP ? (
                    <Button type='primary' size='large' block loading={busy === 'qr'} data-tap data-testid='checkin-scan' onClick={() => void scan()}>
                      {t('checkin.scan')}
                    </Button>
                  ) : (
                    <>
                      <FormField label={t('checkin.pasteLabel')} testId='checkin-token' value={pasted} placeholder={t('checkin.pastePlaceholder')}
                        onChange={setPasted} hint={t('checkin.pasteHint')} maxLength={512} />
                      <Button type='primary' size='large' block loading={busy === 'qr'} disabled={!pasted.trim() || busy !== null}
                        data-tap data-testid='checkin-token-submit' onClick={() => void send({ method: 'qr', token: tokenFromScan(pasted) })}>
                        {t('checkin.pasteSubmit')}
                      </Button>
                    </>
                  )}
                </View>
                <Text className='ci-divider'>{t('checkin.orDivider')}</Text>
                <View className='xl-card ci-method' data-testid='checkin-location'>
                  <Text className='xl-muted'>{insecure ? t('checkin.httpsNeeded') : t('checkin.hereHint')}</Text>
                  <Button size='large' block loading={busy === 'location'} disabled={insecure || busy !== null}
                    data-tap data-testid='checkin-here' onClick={() => void here()}>
                    {busy === 'location' ? t('checkin.locating') : t('checkin.here')}
                  </Button>
                </View>
              </>
            )}
            {error ? <View className='xl-error ci-error' data-testid='checkin-error'><Text>{error}</Text></View> : null}
          </>
        )}
      </AsyncView>
    </PageRoot>
  );
}
