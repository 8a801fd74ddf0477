import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { type Booking, registrationLevelNames } from '@xinglin/contracts';
import { AsyncView } from '../../components/AsyncView';
import { InfoRow } from '../../components/InfoRow';
import { PageRoot } from '../../components/PageRoot';
import { Panel } from '../../components/Panel';
import { type PickerText, PatientPicker, usePatientChoice } from '../../components/PatientPicker';
import { SubmitBar, useSubmit } from '../../components/SubmitBar';
import { useAsync } from '../../hooks/useAsync';
import { pick, useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { createBooking, findSlot, getDoctorCached } from '../../services/booking';
import { listDepartments } from '../../services/catalog';
import { RequestError } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { chinaTime, yuan } from '../../utils/china-time';
import { Result } from './Result';
import './index.css';

const PICKER_TEXT: PickerText = {
  title: 'confirm.patient', none: 'confirm.noPatient', notVerified: 'confirm.notVerified',
  manage: 'confirm.addPatient', needLogin: 'confirm.needLogin', login: 'visits.login',
};

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
  const { patients, patientId, choose } = usePatientChoice();
  const booking = useSubmit<Booking>();
  // Below 实名 L2 the server refuses: offer the way to verify right under the message.
  const verify = booking.failure instanceof RequestError && booking.failure.code === 'PATIENT_NOT_VERIFIED';

  return (
    <PageRoot titleKey='title.bookingConfirm' testId='page-booking-confirm'>
      <AsyncView state={state} testId='confirm'>
        {({ doctor, slot, department }) => {
          if (!slot) return <Text className='xl-card xl-notice bc-gone' data-testid='confirm-gone'>{t('confirm.slotGone')}</Text>;
          const level = registrationLevelNames[slot.session.level];
          if (booking.result) return <Result booking={booking.result} startsAt={slot.startsAt} endsAt={slot.endsAt} />;
          return (
            <>
              <Panel className='bc-summary' data-testid='confirm-summary'>
                <InfoRow label={t('confirm.doctor')}>{doctor.name} · {lang === 'en' ? level.en : level.zh}</InfoRow>
                <InfoRow label={t('confirm.department')}>
                  {department ? pick(lang, department.name, department.nameEn) : doctor.departmentName}
                </InfoRow>
                <InfoRow label={t('confirm.time')}>
                  {date} {t(`sched.period.${slot.session.period}`)} {chinaTime(slot.startsAt)}–{chinaTime(slot.endsAt)}
                </InfoRow>
                {department?.location ? <InfoRow label={t('confirm.location')}>{department.location}</InfoRow> : null}
                <InfoRow label={t('confirm.fee')} strong>{t('sched.fee', { fee: yuan(slot.session.feeFen) })}</InfoRow>
              </Panel>
              <PatientPicker patients={patients} value={patientId} onChange={choose} testId='confirm' text={PICKER_TEXT} />
              {department?.intro ? (
                <Panel title={t('confirm.notes')} data-testid='confirm-notes'>
                  <Text className='bc-notes__text'>{department.intro}</Text>
                </Panel>
              ) : null}
              <SubmitBar testId='confirm-submit' label={t('confirm.submit')} busy={booking.busy} disabled={!patientId}
                onSubmit={() => { if (patientId) booking.run(() => createBooking(patientId, slotId)); }}>
                {booking.error ? (
                  <View className='xl-error bc-error' data-testid='confirm-error' data-verify={verify}>
                    <Text>{booking.error}</Text>
                    {verify ? (
                      <View className='xl-link xl-pressable' data-tap data-testid='confirm-verify' onClick={() => go(PAGES.family)}>
                        {t('confirm.verifyLink')}
                      </View>
                    ) : null}
                  </View>
                ) : null}
              </SubmitBar>
            </>
          );
        }}
      </AsyncView>
    </PageRoot>
  );
}
