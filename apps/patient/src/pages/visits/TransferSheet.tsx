import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { Booking } from '@xinglin/contracts';
import { FormField } from '../../components/FormField';
import { useT } from '../../i18n';
import { offerTransfer } from '../../services/booking-extras';
import { errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { chinaMonthDayTime } from '../../utils/china-time';
import { transferFormProblem } from './visits-model';
import '../../components/ConfirmDialog/index.css';

interface Props {
  booking: Booking;
  onClose: () => void;
  /** The offer was sent; the list reloads. */
  onOffered: (expiresAt: string) => void;
}

/** 转让: name the recipient by real name and mobile; they must accept within 2 hours. */
export function TransferSheet({ booking, onClose, onOffered }: Props) {
  const t = useT();
  const { lang } = usePrefs();
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const problem = transferFormProblem(name, phone);

  const submit = async () => {
    setTried(true);
    if (problem || busy) return;
    setBusy(true);
    setError(null);
    try {
      const offer = await offerTransfer(booking.id, name.trim(), phone.trim());
      onOffered(offer.expiresAt);
    } catch (err) {
      setError(errorMessage(err, lang));
    } finally {
      setBusy(false);
    }
  };

  // A centred dialog, not a bottom sheet: on this tab page the tab bar would cover a sheet's last row.
  return (
    <View className='xl-dialog' data-testid='transfer-sheet' catchMove>
      <View className='xl-dialog__mask' onClick={busy ? undefined : onClose} />
      <View className='xl-dialog__panel vb-transfer' role='dialog' aria-modal='true'>
        <Text className='xl-dialog__title'>{t('transfer.title')}</Text>
        <Text className='vb-transfer__what'>
          {booking.doctorName} · {booking.departmentName} · {chinaMonthDayTime(booking.startsAt)}
        </Text>
        <Text className='xl-muted vb-transfer__rule'>{t('transfer.rule')}</Text>
        <FormField label={t('transfer.name')} testId='transfer-name' value={name} placeholder={t('transfer.namePh')}
          onChange={setName} maxLength={40} error={tried && problem === 'name' ? t('transfer.nameError') : null} />
        <FormField label={t('transfer.phone')} testId='transfer-phone' type='number' value={phone} maxLength={11}
          placeholder={t('transfer.phonePh')} onChange={setPhone}
          error={tried && problem === 'phone' ? t('transfer.phoneError') : null} />
        {error ? <Text className='xl-error vb-transfer__error' data-testid='transfer-error'>{error}</Text> : null}
        <View className='xl-dialog__actions'>
          <View className='xl-dialog__btn xl-pressable' data-testid='transfer-cancel' data-tap role='button'
            onClick={busy ? undefined : onClose}>
            {t('common.cancel')}
          </View>
          <View className={`xl-dialog__btn xl-dialog__btn--ok xl-pressable${busy ? ' is-busy' : ''}`} data-testid='transfer-submit'
            data-tap role='button' aria-disabled={busy} onClick={busy ? undefined : () => void submit()}>
            {t('transfer.submit')}
          </View>
        </View>
      </View>
    </View>
  );
}
