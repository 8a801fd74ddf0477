import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { ExamBooking, ExamPackage } from '@xinglin/contracts';
import { AsyncView } from '../../components/AsyncView';
import { PageRoot } from '../../components/PageRoot';
import { Panel } from '../../components/Panel';
import { PatientPicker, usePatientChoice } from '../../components/PatientPicker';
import { SubmitBar, useSubmit } from '../../components/SubmitBar';
import { useAsync } from '../../hooks/useAsync';
import { useT } from '../../i18n';
import { bookExam, getPackage } from './api';
import { BookedResult, DayPicker, NamePrice, PICKER_TEXT, Tags, restrictionTags } from './shared';

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
  const { patients, patientId, choose } = usePatientChoice();
  const [date, setDate] = useState<string | null>(null);
  const booking = useSubmit<ExamBooking>();
  const submit = () => {
    // On failure the places may have changed: reload them.
    if (date && patientId) booking.run(() => bookExam({ packageId: pkg.id, patientId, date }), reload);
  };

  if (booking.result) return <BookedResult what={booking.result.packageName} booking={booking.result} />;
  return (
    <View className='ex-body'>
      <Panel data-testid='exam-summary'>
        <NamePrice name={pkg.name} priceFen={pkg.priceFen} />
        <Tags items={restrictionTags(t, pkg)} />
      </Panel>
      <Panel title={t('exams.items', { n: pkg.items.length })} data-testid='exam-items'>
        <View className='ex-items'>
          {pkg.items.map((i) => <Text key={i.name} className='ex-item'>· {i.name}</Text>)}
        </View>
      </Panel>
      {pkg.notes ? (
        <Panel title={t('exams.notes')} data-testid='exam-notes'>
          <Text className='ex-text'>{pkg.notes}</Text>
        </Panel>
      ) : null}
      <DayPicker days={pkg.days} value={date} onChange={setDate} />
      <PatientPicker patients={patients} value={patientId} onChange={choose} testId='ex' text={PICKER_TEXT} />
      <SubmitBar testId='exam-submit' label={t('exams.submit')} busy={booking.busy} disabled={!date || !patientId}
        onSubmit={submit} spaced>
        {booking.error ? <Text className='xl-error ex-error' data-testid='exam-error'>{booking.error}</Text> : null}
        {!date ? <Text className='xl-muted ex-error'>{t('exams.chooseDate')}</Text> : null}
      </SubmitBar>
    </View>
  );
}
