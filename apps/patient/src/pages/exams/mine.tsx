import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useRef, useState } from 'react';
import emptyImage from '../../assets/empty/visits.png';
import { AsyncView } from '../../components/AsyncView';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { PageRoot } from '../../components/PageRoot';
import { useAsync } from '../../hooks/useAsync';
import { useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { useSession } from '../../state/session';
import { chinaDate, yuan } from '../../utils/china-time';
import { toast } from '../../utils/toast';
import { cancelExam, cancelVaccination, listExamBookings, listVaccinations } from './api';
import { type Entry, canCancel, toEntries } from './mine-model';

const loadMine = async () => toEntries(...(await Promise.all([listExamBookings(), listVaccinations()])));


/** 我的体检与接种: open bookings first, with 取消 until the day before. */
export default function ExamsMinePage() {
  const t = useT();
  const { lang } = usePrefs();
  const { account } = useSession();
  const accountId = account?.id ?? null;
  const state = useAsync(() => (accountId ? loadMine() : Promise.resolve(null)), [accountId]);
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current && accountId) state.reload();
    shown.current = true;
  });
  const [cancelling, setCancelling] = useState<Entry | null>(null);
  const [busy, setBusy] = useState(false);

  const confirmCancel = async () => {
    if (!cancelling) return;
    setBusy(true);
    try {
      await (cancelling.kind === 'exam' ? cancelExam(cancelling.id) : cancelVaccination(cancelling.id));
      toast(t('mine.cancelled'));
      state.reload();
    } catch (err) {
      toast(errorMessage(err, lang));
    } finally {
      setBusy(false);
      setCancelling(null);
    }
  };

  return (
    <PageRoot titleKey='title.examsMine' testId='page-exams-mine'>
      <AsyncView state={state} testId='exams-mine'>
        {(items) => {
          if (items === null) return <EmptyState image={emptyImage} title={t('exams.needLogin')} actionText={t('exams.login')} onAction={() => go(PAGES.login)} />;
          if (items.length === 0) return <EmptyState image={emptyImage} title={t('mine.empty')} actionText={t('exams.entry.exams')} onAction={() => go(PAGES.exams)} testId='exams-mine-empty' />;
          const today = chinaDate(0);
          return (
            <View className='ex-list' data-testid='exams-mine-list'>
              {items.map((e) => (
                <View key={`${e.id}-${e.status}`} className='xl-card ex-card' data-testid='mine-card' data-kind={e.kind} data-status={e.status}>
                  <View className='ex-card__head'>
                    <Text className='ex-card__name'>{e.title}</Text>
                    <Text className={`ex-status is-${e.status}`}>{t(`mine.status.${e.status}` as 'mine.status.held')}</Text>
                  </View>
                  <Text className='ex-card__line'>{t(e.kind === 'exam' ? 'mine.exams' : 'mine.vaccinations')} · {e.patientName}</Text>
                  <Text className='ex-card__line'>{e.date} · {t('exams.price', { price: yuan(e.priceFen) })}</Text>
                  {canCancel(e, today) ? (
                    <View className='xl-btn-ghost xl-pressable ex-card__cancel' data-tap data-testid='mine-cancel' role='button' onClick={() => setCancelling(e)}>
                      {t('mine.cancel')}
                    </View>
                  ) : null}
                </View>
              ))}
            </View>
          );
        }}
      </AsyncView>
      <ConfirmDialog open={cancelling !== null} title={t('mine.cancelTitle')} body={t('mine.cancelBody')}
        confirmText={t('mine.cancel')} danger busy={busy} onConfirm={() => void confirmCancel()} onCancel={() => setCancelling(null)} />
    </PageRoot>
  );
}
