import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { DosePlan, Vaccination, Vaccine } from '@xinglin/contracts';
import { AsyncView } from '../../components/AsyncView';
import { PageRoot } from '../../components/PageRoot';
import { Panel } from '../../components/Panel';
import { PatientPicker, usePatientChoice } from '../../components/PatientPicker';
import { SubmitBar, useSubmit } from '../../components/SubmitBar';
import { useAsync } from '../../hooks/useAsync';
import { type Translate, useT } from '../../i18n';
import { bookVaccination, getDosePlan, getVaccine } from '../exams/api';
import { BookedResult, DayPicker, NamePrice, PICKER_TEXT, Tags, restrictionTags } from '../exams/shared';

/** 预约接种: the vaccine → family member → which dose is next and from when → date → confirm. */
export default function VaccineDetailPage() {
  const { id = '' } = useRouter().params;
  const state = useAsync(() => getVaccine(id), [id]);
  return (
    <PageRoot titleKey='title.vaccineDetail' testId='page-vaccine-detail'>
      <AsyncView state={state} testId='vaccine'>
        {(v) => <VaccinationForm vaccine={v} reload={state.reload} />}
      </AsyncView>
    </PageRoot>
  );
}

function VaccinationForm({ vaccine: v, reload }: { vaccine: Vaccine; reload: () => void }) {
  const t = useT();
  const { patients, patientId, choose: setPatient } = usePatientChoice();
  const [date, setDate] = useState<string | null>(null);
  const booking = useSubmit<Vaccination>();
  const plan = useAsync(() => (patientId ? getDosePlan(v.id, patientId) : Promise.resolve(null)), [v.id, patientId]);
  const ready = plan.data && plan.data.nextDose !== null && !plan.data.openVaccinationId && !plan.data.problem;

  // Another family member has another dose plan: the date and the error were for the previous one.
  const choose = (id: string) => {
    setPatient(id);
    setDate(null);
    booking.clearError();
  };
  const submit = () => {
    if (!date || !patientId || !ready) return;
    booking.run(() => bookVaccination({ vaccineId: v.id, patientId, date }), () => {
      reload();
      plan.reload();
    });
  };

  const booked = booking.result;
  if (booked) {
    return <BookedResult what={`${booked.vaccineName} · ${t('vaccines.dose', { n: booked.doseNo, total: booked.doses })}`} booking={booked} />;
  }
  return (
    <View className='ex-body'>
      <Panel data-testid='vaccine-summary'>
        <NamePrice name={v.name} priceFen={v.priceFen} />
        <Text className='ex-card__line'>{t('vaccines.manufacturer')}: {v.manufacturer}</Text>
        <Text className='ex-card__line'>
          {t('vaccines.doses', { n: v.doses })}{v.doses > 1 ? ` · ${t('vaccines.interval', { n: v.intervalDays })}` : ''}
        </Text>
        <Tags items={restrictionTags(t, v)} />
        {v.notes ? <Text className='ex-text'>{v.notes}</Text> : null}
      </Panel>
      <PatientPicker patients={patients} value={patientId} onChange={choose} testId='ex' text={PICKER_TEXT} />
      {plan.data ? <PlanCard plan={plan.data} t={t} /> : null}
      {ready ? <DayPicker days={v.days} value={date} onChange={setDate} minDate={plan.data?.earliestDate} /> : null}
      <SubmitBar testId='vaccine-submit' label={t('exams.submit')} busy={booking.busy} disabled={!date || !ready}
        onSubmit={submit} spaced>
        {booking.error ? <Text className='xl-error ex-error' data-testid='vaccine-error'>{booking.error}</Text> : null}
      </SubmitBar>
    </View>
  );
}

/** Where this family member stands: doses given, the next one and its earliest date, or why not. */
function PlanCard({ plan, t }: { plan: DosePlan; t: Translate }) {
  return (
    <Panel title={t('vaccines.plan.title')} data-testid='vaccine-plan' data-next-dose={plan.nextDose ?? ''}>
      {plan.given.map((g) => <Text key={g.doseNo} className='ex-card__line'>{t('vaccines.plan.given', { n: g.doseNo, date: g.givenOn })}</Text>)}
      {plan.nextDose === null ? (
        <Text className='ex-strong'>{t('vaccines.plan.complete', { n: plan.doses })}</Text>
      ) : (
        <>
          <Text className='ex-strong'>{t('vaccines.plan.next', { n: plan.nextDose, total: plan.doses })}</Text>
          {plan.earliestDate ? <Text className='ex-card__line'>{t('vaccines.plan.earliest', { date: plan.earliestDate })}</Text> : null}
        </>
      )}
      {plan.openVaccinationId ? <Text className='xl-notice ex-error'>{t('vaccines.plan.open')}</Text> : null}
      {plan.problem ? <Text className='xl-error ex-error'>{t(`vaccines.plan.problem.${plan.problem}`)}</Text> : null}
    </Panel>
  );
}
