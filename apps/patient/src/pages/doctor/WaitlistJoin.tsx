import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ClinicSession } from '@xinglin/contracts';
import { usePatients } from '../../hooks/usePatients';
import { useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { joinWaitlist } from '../../services/booking-extras';
import { errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { toast } from '../../utils/toast';
import { canBook } from '../booking-confirm/PatientChooser';
import '../../components/OptionSheet/index.css';

/** 约满 · 加入候补: a full session's button; the sheet asks which verified patient waits. */
export function WaitlistJoin({ session }: { session: ClinicSession }) {
  const t = useT();
  const { lang } = usePrefs();
  const patients = usePatients();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const verified = (patients.data?.items ?? []).filter(canBook);

  const join = async (patientId: string) => {
    if (busy) return;
    setBusy(true);
    try {
      const entry = await joinWaitlist({ patientId, sessionId: session.id });
      toast(entry.position ? t('waitlist.joined', { n: entry.position }) : t('waitlist.joinedNoPos'));
      setOpen(false);
    } catch (err) {
      toast(errorMessage(err, lang));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <View className='xl-btn-ghost xl-pressable sched-waitlist' data-tap role='button' data-testid='sched-waitlist'
        onClick={() => (patients.data === null ? go(PAGES.login) : setOpen(true))}>
        {t('waitlist.join')}
      </View>
      {open ? (
        <View className='xl-sheet' data-testid='waitlist-join-sheet' catchMove>
          <View className='xl-sheet__mask' onClick={() => setOpen(false)} />
          <View className='xl-sheet__panel' role='radiogroup'>
            <Text className='xl-sheet__title'>{t('waitlist.joinTitle')}</Text>
            {verified.length === 0 ? (
              <View className='xl-sheet__row xl-pressable' data-tap onClick={() => go(PAGES.family)}>
                <Text className='xl-sheet__label'>{t('waitlist.noPatient')}</Text>
              </View>
            ) : verified.map((p) => (
              <View key={p.id} className='xl-sheet__row xl-pressable' data-tap role='radio' aria-checked={false}
                data-testid='waitlist-join-patient' data-patient-id={p.id} onClick={() => void join(p.id)}>
                <Text className='xl-sheet__label'>{p.name}</Text>
                <Text className='xl-muted'>{t(`relation.${p.relation}`)}</Text>
              </View>
            ))}
            <View className='xl-sheet__cancel xl-pressable' data-tap role='button' onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </View>
          </View>
        </View>
      ) : null}
    </>
  );
}
