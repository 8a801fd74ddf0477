import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { NoShowSummary } from '@xinglin/contracts';
import emptyImage from '../../assets/empty/visits.png';
import { AsyncView } from '../../components/AsyncView';
import { ChoiceChips } from '../../components/ChoiceChips';
import { EmptyState } from '../../components/EmptyState';
import { PageRoot } from '../../components/PageRoot';
import { useAsync } from '../../hooks/useAsync';
import { usePatients } from '../../hooks/usePatients';
import { useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { getNoShows } from '../../services/booking-extras';
import { chinaMonthDayTime } from '../../utils/china-time';
import { toast } from '../../utils/toast';
import { AppealSheet } from './AppealSheet';
import '../waitlist/lists.css';

const APPEAL_TONE = { pending: 'is-warn', approved: '', rejected: 'is-danger' } as const;

/** 爽约记录: per patient, the count in the window, any suspension, and each no-show with its appeal. */
export default function NoShowsPage() {
  const t = useT();
  const patients = usePatients();
  const list = patients.data?.items ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const patientId = chosen ?? list.find((p) => p.isSelf)?.id ?? list[0]?.id ?? null;
  const state = useAsync(() => (patientId ? getNoShows(patientId) : Promise.resolve(null)), [patientId]);
  const [appealing, setAppealing] = useState<string | null>(null);

  if (patients.data === null) {
    return (
      <PageRoot titleKey='title.noShows' testId='page-no-shows'>
        <EmptyState image={emptyImage} title={t('visits.needLogin')} actionText={t('visits.login')}
          onAction={() => go(PAGES.login)} testId='no-shows-login' />
      </PageRoot>
    );
  }
  return (
    <PageRoot titleKey='title.noShows' testId='page-no-shows'>
      {list.length > 1 ? (
        <View className='xl-card bx-summary'>
          <Text className='bx-card__line'>{t('noShows.patient')}</Text>
          <ChoiceChips testId='no-shows-patient' value={patientId} onChange={setChosen}
            options={list.map((p) => ({ value: p.id, label: p.name }))} />
        </View>
      ) : null}
      <AsyncView state={state} testId='no-shows'>
        {(summary) => (summary ? <Summary summary={summary} onAppeal={setAppealing} /> : null)}
      </AsyncView>
      {appealing ? (
        <AppealSheet bookingId={appealing} onClose={() => setAppealing(null)} onSent={() => {
          setAppealing(null);
          toast(t('noShows.appealed'));
          state.reload();
        }} />
      ) : null}
    </PageRoot>
  );
}

function Summary({ summary, onAppeal }: { summary: NoShowSummary; onAppeal: (bookingId: string) => void }) {
  const t = useT();
  return (
    <View className='bx-list' data-testid='no-shows-summary' data-count={summary.count}>
      <View className='xl-card bx-card'>
        <Text className='bx-summary__count'>{t('noShows.summary', { days: summary.windowDays, n: summary.count })}</Text>
        {summary.bannedUntil ? (
          <Text className='xl-error bx-card__note' data-testid='no-shows-banned'>
            {t('noShows.banned', { time: chinaMonthDayTime(summary.bannedUntil) })}
          </Text>
        ) : (
          <Text className='bx-card__strong'>{t('noShows.ok')}</Text>
        )}
        <Text className='xl-muted bx-card__note'>{t('noShows.rule', { t: summary.threshold })}</Text>
      </View>
      {summary.items.length === 0 ? (
        <EmptyState image={emptyImage} title={t('noShows.empty')} testId='no-shows-empty' />
      ) : summary.items.map((item) => (
        <View key={item.bookingId} className='xl-card bx-card' data-testid='no-show-item'>
          <View className='bx-card__head'>
            <Text className='bx-card__title'>{item.doctorName}</Text>
            {item.appeal ? (
              <Text className={`bx-tag ${APPEAL_TONE[item.appeal.status]}`} data-testid='no-show-appeal-status'>
                {t(`noShows.appealStatus.${item.appeal.status}`)}
              </Text>
            ) : null}
          </View>
          <Text className='bx-card__line'>{item.date}</Text>
          {item.appeal?.reviewNote ? (
            <Text className='bx-card__line'>{t('noShows.reviewNote', { note: item.appeal.reviewNote })}</Text>
          ) : null}
          {item.appeal ? null : (
            <View className='bx-actions'>
              <View className='xl-btn-ghost xl-pressable' data-tap role='button' data-testid='no-show-appeal'
                onClick={() => onAppeal(item.bookingId)}>
                {t('noShows.appeal')}
              </View>
            </View>
          )}
        </View>
      ))}
    </View>
  );
}
