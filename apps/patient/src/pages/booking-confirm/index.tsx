import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { type ReactNode, useState } from 'react';
import { type Booking, registrationLevelNames } from '@xinglin/contracts';
import { AsyncView } from '../../components/AsyncView';
import { Button } from '../../components/nut';
import { PageRoot } from '../../components/PageRoot';
import { useAsync } from '../../hooks/useAsync';
import { usePatients } from '../../hooks/usePatients';
import { pick, useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { createBooking, findSlot, getDoctorCached } from '../../services/booking';
import { listDepartments } from '../../services/catalog';
import { RequestError, errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { chinaTime, yuan } from '../../utils/china-time';
import { PatientChooser, canBook } from './PatientChooser';
import { Result } from './Result';
import './index.css';

async function loadSlot(doctorId: string, date: string, slotId: string) {
  const [doctor, slot, departments] = await Promise.all([
    getDoctorCached(doctorId),
    findSlot(doctorId, date, slotId),
    listDepartments().catch(() => []),
  ]);
  return { doctor, slot, department: departments.find((d) => d.id === doctor.departmentId) ?? null };
}

/** 确认挂号: the slot, the patient chooser and the department's notes; then the result. */
export default function BookingConfirmPage() {
  const t = useT();
  const { lang } = usePrefs();
  const { doctorId = '', date = '', slotId = '' } = useRouter().params;
  const state = useAsync(() => loadSlot(doctorId, date, slotId), [doctorId, date, slotId]);
  const patients = usePatients();
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ text: string; verify: boolean } | null>(null);
  const [booking, setBooking] = useState<Booking | null>(null);

  const list = patients.data?.items ?? [];
  const fallback = list.find((p) => p.isSelf && canBook(p)) ?? list.find(canBook);
  const patientId = chosen ?? fallback?.id ?? null;

  const submit = async () => {
    if (!patientId || busy) return;
    setBusy(true);
    setError(null);
    try {
      setBooking(await createBooking(patientId, slotId));
    } catch (err) {
      const verify = err instanceof RequestError && err.code === 'PATIENT_NOT_VERIFIED';
      setError({ text: errorMessage(err, lang), verify });
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageRoot titleKey='title.bookingConfirm' testId='page-booking-confirm'>
      <AsyncView state={state} testId='confirm'>
        {({ doctor, slot, department }) => {
          if (!slot) return <Text className='xl-card xl-notice bc-gone' data-testid='confirm-gone'>{t('confirm.slotGone')}</Text>;
          const level = registrationLevelNames[slot.session.level];
          if (booking) return <Result booking={booking} startsAt={slot.startsAt} endsAt={slot.endsAt} />;
          return (
            <>
              <View className='xl-card bc-summary' data-testid='confirm-summary'>
                <Row label={t('confirm.doctor')}>{doctor.name} · {lang === 'en' ? level.en : level.zh}</Row>
                <Row label={t('confirm.department')}>
                  {department ? pick(lang, department.name, department.nameEn) : doctor.departmentName}
                </Row>
                <Row label={t('confirm.time')}>
                  {date} {t(`sched.period.${slot.session.period}`)} {chinaTime(slot.startsAt)}–{chinaTime(slot.endsAt)}
                </Row>
                {department?.location ? <Row label={t('confirm.location')}>{department.location}</Row> : null}
                <Row label={t('confirm.fee')} strong>{t('sched.fee', { fee: yuan(slot.session.feeFen) })}</Row>
              </View>
              {patients.data === null ? (
                <View className='xl-card bc-login'>
                  <Text className='xl-muted'>{t('confirm.needLogin')}</Text>
                  <View className='xl-link xl-pressable' data-tap data-testid='confirm-login' onClick={() => go(PAGES.login)}>
                    {t('visits.login')}
                  </View>
                </View>
              ) : (
                <PatientChooser patients={list} value={patientId} onChange={setChosen} />
              )}
              {department?.intro ? (
                <View className='xl-card bc-notes' data-testid='confirm-notes'>
                  <Text className='bc-label'>{t('confirm.notes')}</Text>
                  <Text className='bc-notes__text'>{department.intro}</Text>
                </View>
              ) : null}
              <View className='bc-actions'>
                {error ? (
                  <View className='xl-error bc-error' data-testid='confirm-error' data-verify={error.verify}>
                    <Text>{error.text}</Text>
                    {error.verify ? (
                      <View className='xl-link xl-pressable' data-tap data-testid='confirm-verify' onClick={() => go(PAGES.family)}>
                        {t('confirm.verifyLink')}
                      </View>
                    ) : null}
                  </View>
                ) : null}
                <Button type='primary' size='large' block loading={busy} disabled={!patientId}
                  data-testid='confirm-submit' data-tap onClick={() => void submit()}>
                  {t('confirm.submit')}
                </Button>
              </View>
            </>
          );
        }}
      </AsyncView>
    </PageRoot>
  );
}

function Row({ label, strong = false, children }: { label: string; strong?: boolean; children: ReactNode }) {
  return (
    <View className='bc-row'>
      <Text className='bc-row__label'>{label}</Text>
      <Text className={`bc-row__value${strong ? ' is-strong' : ''}`}>{children}</Text>
    </View>
  );
}
