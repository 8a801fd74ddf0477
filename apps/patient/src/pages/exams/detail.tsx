import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { ExamBooking, ExamPackage } from '@xinglin/contracts';
import { AsyncView } from '../../components/AsyncView';
import { Button } from '../../components/nut';
import { PageRoot } from '../../components/PageRoot';
import { useAsync } from '../../hooks/useAsync';
import { usePatients } from '../../hooks/usePatients';
import { useT } from '../../i18n';
import { errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { yuan } from '../../utils/china-time';
import { bookExam, getPackage } from './api';
import { BookedResult, DayPicker, PatientPick, Tags, canBook, restrictionTags } from './shared';

/** 套餐详情: items, notes, price and who it is for → date with places left → patient → confirm. */
export default function ExamDetailPage() {
  const { id = '' } = useRouter().params;
  const state = useAsync(() => getPackage(id), [id]);
  return (
    <PageRoot titleKey='title.examDetail' testId='page-exam-detail'>
      <AsyncView state={state} testId='exam'>
        {(pkg) => <ExamBookingForm pkg={pkg} reload={state.reload} />}
      </AsyncView>
    </PageRoot>
  );
}

function ExamBookingForm({ pkg, reload }: { pkg: ExamPackage; reload: () => void }) {
  const t = useT();
  const { lang } = usePrefs();
  const patients = usePatients();
  const [date, setDate] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [booked, setBooked] = useState<ExamBooking | null>(null);
  const list = patients.data?.items ?? [];
  const patientId = chosen ?? (list.find((p) => p.isSelf && canBook(p)) ?? list.find(canBook))?.id ?? null;

  const submit = async () => {
    if (!date || !patientId || busy) return;
    setBusy(true);
    setError(null);
    try {
      setBooked(await bookExam({ packageId: pkg.id, patientId, date }));
    } catch (err) {
      setError(errorMessage(err, lang));
      reload(); // the places may have changed
    } finally {
      setBusy(false);
    }
  };

  if (booked) {
    return (
      <View className='ex-body'>
        <BookedResult rows={[
          { label: t('exams.summary.what'), value: booked.packageName },
          { label: t('exams.summary.date'), value: booked.date },
          { label: t('exams.summary.patient'), value: booked.patientName },
          { label: t('exams.summary.fee'), value: t('exams.price', { price: yuan(booked.priceFen) }) },
        ]} />
      </View>
    );
  }
  return (
    <View className='ex-body'>
      <View className='xl-card ex-section' data-testid='exam-summary'>
        <View className='ex-card__head'>
          <Text className='ex-card__name'>{pkg.name}</Text>
          <Text className='ex-price'>{t('exams.price', { price: yuan(pkg.priceFen) })}</Text>
        </View>
        <Tags items={restrictionTags(t, pkg)} />
      </View>
      <View className='xl-card ex-section' data-testid='exam-items'>
        <Text className='ex-label'>{t('exams.items', { n: pkg.items.length })}</Text>
        <View className='ex-items'>
          {pkg.items.map((i) => <Text key={i.name} className='ex-item'>· {i.name}</Text>)}
        </View>
      </View>
      {pkg.notes ? (
        <View className='xl-card ex-section' data-testid='exam-notes'>
          <Text className='ex-label'>{t('exams.notes')}</Text>
          <Text className='ex-text'>{pkg.notes}</Text>
        </View>
      ) : null}
      <DayPicker days={pkg.days} value={date} onChange={setDate} />
      <PatientPick patients={patients.data === null ? null : list} value={patientId} onChange={setChosen} />
      <View className='ex-actions'>
        {error ? <Text className='xl-error ex-error' data-testid='exam-error'>{error}</Text> : null}
        {!date ? <Text className='xl-muted ex-error'>{t('exams.chooseDate')}</Text> : null}
        <Button type='primary' size='large' block loading={busy} disabled={!date || !patientId}
          data-testid='exam-submit' data-tap onClick={() => void submit()}>
          {t('exams.submit')}
        </Button>
      </View>
    </View>
  );
}
