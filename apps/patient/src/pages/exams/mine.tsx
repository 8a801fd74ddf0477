import { Text, View } from '@tarojs/components';
import emptyImage from '../../assets/empty/visits.png';
import { AsyncView } from '../../components/AsyncView';
import { useCancel, useSignedInList } from '../../components/CancellableList';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { PageRoot } from '../../components/PageRoot';
import { useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { chinaDate, yuan } from '../../utils/china-time';
import { cancelExam, cancelVaccination, listExamBookings, listVaccinations } from './api';
import { type Entry, canCancel, toEntries } from './mine-model';
import './shared.css';

const loadMine = async () => toEntries(...(await Promise.all([listExamBookings(), listVaccinations()])));
const cancelEntry = (e: Entry) => (e.kind === 'exam' ? cancelExam(e.id) : cancelVaccination(e.id));

/** 我的体检与接种: open bookings first, with 取消 until the day before. */
export default function ExamsMinePage() {
  const t = useT();
  const state = useSignedInList(loadMine);
  const cancel = useCancel(cancelEntry, { doneText: t('mine.cancelled'), onDone: state.reload });
  return (
    <PageRoot titleKey='title.examsMine' testId='page-exams-mine'>
      <AsyncView state={state} testId='exams-mine'>
        {(items) => {
          if (items === null) return <EmptyState image={emptyImage} title={t('exams.needLogin')} actionText={t('exams.login')} onAction={() => go(PAGES.login)} />;
          if (items.length === 0) return <EmptyState image={emptyImage} title={t('mine.empty')} actionText={t('exams.entry.exams')} onAction={() => go(PAGES.exams)} testId='exams-mine-empty' />;
          const today = chinaDate(0);
          return (
            <View className='ex-list' data-testid='exams-mine-list'>
              {items.map((e) => <MineCard key={`${e.id}-${e.status}`} entry={e} today={today} onCancel={cancel.ask} />)}
            </View>
          );
        }}
      </AsyncView>
      <ConfirmDialog {...cancel.dialog} title={t('mine.cancelTitle')} body={t('mine.cancelBody')} confirmText={t('mine.cancel')} danger />
    </PageRoot>
  );
}

function MineCard({ entry: e, today, onCancel }: { entry: Entry; today: string; onCancel: (e: Entry) => void }) {
  const t = useT();
  return (
    <View className='xl-card ex-card' data-testid='mine-card' data-kind={e.kind} data-status={e.status}>
      <View className='ex-card__head'>
        <Text className='ex-card__name'>{e.title}</Text>
        <Text className={`ex-status is-${e.status}`}>{t(`mine.status.${e.status}` as 'mine.status.held')}</Text>
      </View>
      <Text className='ex-card__line'>{t(e.kind === 'exam' ? 'mine.exams' : 'mine.vaccinations')} · {e.patientName}</Text>
      <Text className='ex-card__line'>{e.date} · {t('exams.price', { price: yuan(e.priceFen) })}</Text>
      {canCancel(e, today) ? (
        <View className='xl-btn-ghost xl-pressable ex-card__cancel' data-tap data-testid='mine-cancel' role='button' onClick={() => onCancel(e)}>
          {t('mine.cancel')}
        </View>
      ) : null}
    </View>
  );
}
