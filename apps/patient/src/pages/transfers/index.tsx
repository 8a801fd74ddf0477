import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { Transfer } from '@xinglin/contracts';
import emptyImage from '../../assets/empty/visits.png';
import { AsyncView } from '../../components/AsyncView';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { PageRoot } from '../../components/PageRoot';
import { useAsync } from '../../hooks/useAsync';
import { type MessageKey, useT } from '../../i18n';
import { PAGES, go, goTab } from '../../routes';
import { acceptTransfer, declineTransfer, listTransfers, withdrawTransfer } from '../../services/booking-extras';
import { errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { useSession } from '../../state/session';
import { toast } from '../../utils/toast';
import { TransferCard, type TransferAction } from './TransferCard';
import '../waitlist/lists.css';

const RUN: Record<TransferAction, { call: (id: string) => Promise<unknown>; done: MessageKey }> = {
  accept: { call: acceptTransfer, done: 'transfers.accepted' },
  decline: { call: declineTransfer, done: 'transfers.declined' },
  withdraw: { call: withdrawTransfer, done: 'transfers.withdrawn' },
};

/** 号源转让: offers made to me (accept / decline) and by me (withdraw), with this month's quota. */
export default function TransfersPage() {
  const t = useT();
  const { lang } = usePrefs();
  const { account } = useSession();
  const accountId = account?.id ?? null;
  const state = useAsync(() => (accountId ? listTransfers() : Promise.resolve(null)), [accountId]);
  const [accepting, setAccepting] = useState<Transfer | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (transfer: Transfer, action: TransferAction) => {
    setBusy(true);
    try {
      await RUN[action].call(transfer.id);
      toast(t(RUN[action].done));
      if (action === 'accept') goTab(PAGES.visits);
      else state.reload();
    } catch (err) {
      toast(errorMessage(err, lang));
      state.reload();
    } finally {
      setBusy(false);
      setAccepting(null);
    }
  };
  // Accepting commits the patient to paying within 15 minutes: ask first. Declining and withdrawing are plain.
  const onAction = (transfer: Transfer, action: TransferAction) => {
    if (busy) return;
    if (action === 'accept') setAccepting(transfer);
    else void run(transfer, action);
  };

  return (
    <PageRoot titleKey='title.transfers' testId='page-transfers'>
      <AsyncView state={state} testId='transfers'>
        {(data) => {
          if (data === null) {
            return <EmptyState image={emptyImage} title={t('visits.needLogin')} actionText={t('visits.login')}
              onAction={() => go(PAGES.login)} testId='transfers-login' />;
          }
          const incoming = data.items.filter((x) => x.direction === 'incoming');
          const outgoing = data.items.filter((x) => x.direction === 'outgoing');
          return (
            <View className='bx-list' data-testid='transfers-list'>
              <Text className='xl-card xl-muted' style={{ display: 'block' }} data-testid='transfers-quota'>
                {t('transfers.quota', { used: data.usedThisMonth, limit: data.monthlyLimit })}
              </Text>
              {data.items.length === 0 ? (
                <EmptyState image={emptyImage} title={t('transfers.empty')} hint={t('transfers.emptyHint')} testId='transfers-empty' />
              ) : null}
              <Section title={t('transfers.incoming')} items={incoming} onAction={onAction} />
              <Section title={t('transfers.outgoing')} items={outgoing} onAction={onAction} />
            </View>
          );
        }}
      </AsyncView>
      <ConfirmDialog open={accepting !== null} title={t('transfers.acceptTitle')} body={t('transfers.acceptBody')}
        confirmText={t('transfers.accept')} busy={busy} onConfirm={() => accepting && void run(accepting, 'accept')}
        onCancel={() => setAccepting(null)} />
    </PageRoot>
  );
}

function Section({ title, items, onAction }: { title: string; items: Transfer[]; onAction: (t: Transfer, a: TransferAction) => void }) {
  if (items.length === 0) return null;
  return (
    <>
      <View className='xl-section-head'>
        <Text className='xl-section-title'>{title}</Text>
      </View>
      {items.map((x) => <TransferCard key={x.id} transfer={x} onAction={onAction} />)}
    </>
  );
}
