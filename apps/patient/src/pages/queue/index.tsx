import { Text, View } from '@tarojs/components';
import Taro, { useDidHide, useDidShow, useRouter, useUnload } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { QueueStatus } from '@xinglin/contracts';
import { AsyncView } from '../../components/AsyncView';
import { Button } from '../../components/nut';
import { PageRoot } from '../../components/PageRoot';
import { useAsync } from '../../hooks/useAsync';
import { useT } from '../../i18n';
import { PAGES } from '../../routes';
import { getQueue } from '../../services/queue';
import { chinaTime } from '../../utils/china-time';
import { REFRESH_MS, isLive, statusKey } from './queue-model';
import './index.css';

/** 排队叫号: the number being called, mine, how many are ahead and the predicted wait; refreshes every 15 s while shown. */
export default function QueuePage() {
  const t = useT();
  const { bookingId = '' } = useRouter().params;
  const state = useAsync(() => getQueue(bookingId), [bookingId]);
  const [visible, setVisible] = useState(true);
  const [updatedAt, setUpdatedAt] = useState(() => new Date().toISOString());
  useDidShow(() => setVisible(true));
  useDidHide(() => setVisible(false));
  useUnload(() => setVisible(false));

  const live = state.data ? isLive(state.data.status) : true;
  useEffect(() => {
    if (!visible || !live) return undefined;
    // The timer lives only while the page is on screen: hiding or leaving the page clears it.
    const timer = setInterval(state.reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [visible, live, state.reload]);
  useEffect(() => {
    if (state.data && !state.loading) setUpdatedAt(new Date().toISOString());
  }, [state.data, state.loading]);

  return (
    <PageRoot titleKey='title.queue' testId='page-queue'>
      <AsyncView state={state} testId='queue'>
        {(q: QueueStatus) => (
          <>
            <View className={`xl-card qp-status is-${q.status}`} data-testid='queue-status' data-status={q.status}>
              <Text className='qp-status__text'>{t(statusKey(q.status))}</Text>
              <Text className='qp-status__place'>{q.doctorName} · {q.departmentName} · {q.location}</Text>
            </View>
            <View className='qp-grid'>
              <Figure label={t('queue.current')} value={q.currentVisitNo === null ? t('queue.nobody') : String(q.currentVisitNo)} testId='queue-current' />
              <Figure label={t('queue.mine')} value={String(q.visitNo)} testId='queue-mine' strong />
              <Figure label={t('queue.ahead')} value={t('queue.people', { n: q.aheadCount })} testId='queue-ahead' />
              <Figure label={t('queue.wait')} value={t('queue.minutes', { n: q.predictedWaitMinutes })} testId='queue-wait' />
            </View>
            <Text className='xl-muted qp-note'>{t('queue.basis', { m: q.averageConsultMinutes })}</Text>
            {isLive(q.status) ? <Text className='xl-muted qp-note' data-testid='queue-updated'>{t('queue.refreshing', { time: chinaTime(updatedAt) })}</Text> : null}
            {q.status === 'confirmed' || q.status === 'held' ? (
              <View className='qp-actions'>
                <Button type='primary' size='large' block data-tap data-testid='queue-checkin'
                  onClick={() => void Taro.redirectTo({ url: `${PAGES.checkin}?bookingId=${encodeURIComponent(q.bookingId)}` }).catch(() => undefined)}>
                  {t('queue.goCheckIn')}
                </Button>
              </View>
            ) : null}
          </>
        )}
      </AsyncView>
    </PageRoot>
  );
}

function Figure({ label, value, testId, strong = false }: { label: string; value: string; testId: string; strong?: boolean }) {
  return (
    <View className={`xl-card qp-figure${strong ? ' is-strong' : ''}`} data-testid={testId}>
      <Text className='qp-figure__label'>{label}</Text>
      <Text className='qp-figure__value'>{value}</Text>
    </View>
  );
}
