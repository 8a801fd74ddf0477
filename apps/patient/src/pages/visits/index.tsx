import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { Booking } from '@xinglin/contracts';
import emptyImage from '../../assets/empty/visits.png';
import { AsyncView } from '../../components/AsyncView';
import { useCancel, useSignedInList } from '../../components/CancellableList';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { PageRoot } from '../../components/PageRoot';
import { useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { cancelBooking, listBookings } from '../../services/booking';
import { useSession } from '../../state/session';
import { chinaDate, chinaMonthDayTime } from '../../utils/china-time';
import { toast } from '../../utils/toast';
import { BookingCard } from './BookingCard';
import { TransferSheet } from './TransferSheet';
import { sortBookings } from './visits-model';
import './index.css';

/** 就诊: my bookings (upcoming first) with 退号; an empty state that leads to 预约挂号. */
export default function VisitsPage() {
  const t = useT();
  const { account } = useSession();
  const accountId = account?.id ?? null;
  const state = useSignedInList(listBookings);
  // A ticking clock, so 签到 appears when the window opens without leaving the page.
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  useDidShow(() => setNow(Date.now()));
  const cancel = useCancel((b: Booking) => cancelBooking(b.id), { doneText: t('visits.cancelled'), onDone: state.reload });
  const [transferring, setTransferring] = useState<Booking | null>(null);

  return (
    <PageRoot titleKey='title.visits' testId='page-visits' tab>
      {accountId ? (
        <View className='vb-links'>
          <View className='xl-link xl-pressable vb-links__item' data-tap data-testid='visits-waitlist' role='button'
            onClick={() => go(PAGES.waitlist)}>
            {t('visits.toWaitlist')}
          </View>
          <View className='xl-link xl-pressable vb-links__item' data-tap data-testid='visits-transfers' role='button'
            onClick={() => go(PAGES.transfers)}>
            {t('visits.toTransfers')}
          </View>
        </View>
      ) : null}
      <AsyncView state={state} testId='visits'>
        {(items) => {
          if (items === null) {
            return <EmptyState image={emptyImage} title={t('visits.needLogin')} actionText={t('visits.login')}
              onAction={() => go(PAGES.login)} testId='visits-login' />;
          }
          if (items.length === 0) {
            return <EmptyState image={emptyImage} title={t('visits.empty')} hint={t('visits.emptyHint')}
              actionText={t('common.book')} onAction={() => go(PAGES.departments)} testId='visits-empty' />;
          }
          return (
            <View className='vb-list' data-testid='visits-list'>
              {sortBookings(items, chinaDate(0)).map((b) => (
                <BookingCard key={`${b.id}-${b.status}`} booking={b} now={now} onCancel={cancel.ask} onTransfer={setTransferring} />
              ))}
            </View>
          );
        }}
      </AsyncView>
      <ConfirmDialog title={t('visits.cancelTitle')} body={t('visits.cancelBody')} confirmText={t('visits.cancel')} danger
        {...cancel.dialog} />
      {transferring ? (
        <TransferSheet booking={transferring} onClose={() => setTransferring(null)} onOffered={(expiresAt) => {
          setTransferring(null);
          toast(t('transfer.offered', { time: chinaMonthDayTime(expiresAt) }));
          state.reload();
        }} />
      ) : null}
    </PageRoot>
  );
}
