import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { DosePlan, Vaccination, Vaccine } from '@xinglin/contracts';
import { AsyncView } from '../../components/AsyncView';
import { Button } from '../../components/nut';
import { PageRoot } from '../../components/PageRoot';
import { useAsync } from '../../hooks/useAsync';
import { usePatients } from '../../hooks/usePatients';
import { type Translate, useT } from '../../i18n';
import { errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { yuan } from '../../utils/china-time';
import { bookVaccination, getDosePlan, getVaccine } from '../exams/api';
import { BookedResult, DayPicker, PatientPick, Tags, canBook, restrictionTags } from '../exams/shared';

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
  const { lang } = usePrefs();
  const patients = usePatients();
  const [chosen, setChosen] = useState<string | null>(null);
  const [date, setDate] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [booked, setBooked] = useState<Vaccination | null>(null);
  const list = patients.data?.items ?? [];
  const patientId = chosen ?? (list.find((p) => p.isSelf && canBook(p)) ?? list.find(canBook))?.id ?? null;
  const plan = useAsync(() => (patientId ? getDosePlan(v.id, patientId) : Promise.resolve(null)), [v.id, patientId]);
  const ready = plan.data && plan.data.nextDose !== null && !plan.data.openVaccinationId && !plan.data.problem;

  const choose = (id: string) => {
    setChosen(id);
    setDate(null);
    setError(null);
  };
  const submit = async () => {
    if (!date || !patientId || !ready || busy) return;
    setBusy(true);
    setError(null);
    try {
      setBooked(await bookVaccination({ vaccineId: v.id, patientId, date }));
    } catch (err) {
      setError(errorMessage(err, lang));
      reload();
      plan.reload();
    } finally {
      setBusy(false);
    }
  };

  if (booked) {
    return (
      <View className='ex-body'>
        <BookedResult rows={[
          { label: t('exams.summary.what'), value: `${booked.vaccineName} · ${t('vaccines.dose', { n: booked.doseNo, total: booked.doses })}` },
          { label: t('exams.summary.date'), value: booked.date },
          { label: t('exams.summary.patient'), value: booked.patientName },
          { label: t('exams.summary.fee'), value: t('exams.price', { price: yuan(booked.priceFen) }) },
        ]} />
      </View>
    );
  }
  return (
    <View className='ex-body'>
      <View className='xl-card ex-section' data-testid='vaccine-summary'>
        <View className='ex-card__head'>
          <Text className='ex-card__name'>{v.name}</Text>
          <Text className='ex-price'>{t('exams.price', { price: yuan(v.priceFen) })}</Text>
        </View>
        <Text className='ex-card__line'>{t('vaccines.manufacturer')}: {v.manufacturer}</Text>
        <Text className='ex-card__line'>
          {t('vaccines.doses', { n: v.doses })}{v.doses > 1 ? ` · ${t('vaccines.interval', { n: v.intervalDays })}` : ''}
        </Text>
        <Tags items={restrictionTags(t, v)} />
        {v.notes ? <Text className='ex-text'>{v.notes}</Text> : null}
      </View>
      <PatientPick patients={patients.data === null ? null : list} value={patientId} onChange={choose} />
      {plan.data ? <PlanCard plan={plan.data} t={t} /> : null}
      {ready ? <DayPicker days={v.days} value={date} onChange={setDate} minDate={plan.data?.earliestDate} /> : null}
      <View className='ex-actions'>
        {error ? <Text className='xl-error ex-error' data-testid='vaccine-error'>{error}</Text> : null}
        <Button type='primary' size='large' block loading={busy} disabled={!date || !ready}
          data-testid='vaccine-submit' data-tap onClick={() => void submit()}>
          {t('exams.submit')}
        </Button>
      </View>
    </View>
  );
}

/** Where this family member stands: doses given, the next one and its earliest date, or why not. */
function PlanCard({ plan, t }: { plan: DosePlan; t: Translate }) {
  return (
    <View className='xl-card ex-section' data-testid='vaccine-plan' data-next-dose={plan.nextDose ?? ''}>
      <Text className='ex-label'>{t('vaccines.plan.title')}</Text>
      {plan.given.map((g) => <Text key={g.doseNo} className='ex-card__line'>{t('vaccines.plan.given', { n: g.doseNo, date: g.givenOn })}</Text>)}
      {plan.nextDose === null ? (
        <Text className='ex-row__value is-strong'>{t('vaccines.plan.complete', { n: plan.doses })}</Text>
      ) : (
        <>
          <Text className='ex-row__value is-strong'>{t('vaccines.plan.next', { n: plan.nextDose, total: plan.doses })}</Text>
          {plan.earliestDate ? <Text className='ex-card__line'>{t('vaccines.plan.earliest', { date: plan.earliestDate })}</Text> : null}
        </>
      )}
      {plan.openVaccinationId ? <Text className='xl-notice ex-error'>{t('vaccines.plan.open')}</Text> : null}
      {plan.problem ? <Text className='xl-error ex-error'>{t(`vaccines.plan.problem.${plan.problem}`)}</Text> : null}
    </View>
  );
}
