import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { FormField } from '../../components/FormField';
import { Button } from '../../components/nut';
import { useT } from '../../i18n';
import { appealNoShow } from '../../services/booking-extras';
import { errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import '../../components/OptionSheet/index.css';

/** The server wants at least 5 characters; say so before sending. */
export const MIN_REASON = 5;

/** 爽约申诉: one reason per no-show, reviewed by the hospital in the console. */
export function AppealSheet({ bookingId, onClose, onSent }: { bookingId: string; onClose: () => void; onSent: () => void }) {
  const t = useT();
  const { lang } = usePrefs();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const short = reason.trim().length < MIN_REASON;

  const submit = async () => {
    setTried(true);
    if (short || busy) return;
    setBusy(true);
    setError(null);
    try {
      await appealNoShow(bookingId, reason.trim());
      onSent();
    } catch (err) {
      setError(errorMessage(err, lang));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='xl-sheet' data-testid='appeal-sheet' catchMove>
      <View className='xl-sheet__mask' onClick={busy ? undefined : onClose} />
      <View className='xl-sheet__panel'>
        <Text className='xl-sheet__title'>{t('noShows.appealTitle')}</Text>
        <View className='bx-appeal'>
          <FormField label={t('noShows.appealLabel')} testId='appeal-reason' value={reason} placeholder={t('noShows.appealPh')}
            onChange={setReason} multiline maxLength={500} error={tried && short ? t('noShows.appealShort') : null} />
          {error ? <Text className='xl-error bx-appeal__error' data-testid='appeal-error'>{error}</Text> : null}
          <View className='bx-appeal__submit'>
            <Button type='primary' size='large' block loading={busy} data-testid='appeal-submit' data-tap onClick={() => void submit()}>
              {t('noShows.appealSubmit')}
            </Button>
          </View>
        </View>
        <View className='xl-sheet__cancel xl-pressable' data-tap role='button' onClick={busy ? undefined : onClose}>
          {t('common.cancel')}
        </View>
      </View>
    </View>
  );
}
