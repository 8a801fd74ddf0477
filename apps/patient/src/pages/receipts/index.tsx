import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { PageRoot } from '../../components/PageRoot';
import { AsyncView } from '../../components/AsyncView';
import { useAsync } from '../../hooks/useAsync';
import { useT } from '../../i18n';
import { errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { chinaMonthDayTime } from '../../utils/china-time';
import { toast } from '../../utils/toast';
import { listReceipts, yuan } from '../cashier/api';
import { downloadReceipt } from './download';
import '../cashier/index.css';

/** 电子票据: my paid orders, newest first, each with its PDF (hospital, items, amounts and a verification QR code). */
export default function ReceiptsPage() {
  const t = useT();
  const { lang } = usePrefs();
  const state = useAsync(() => listReceipts(), []);
  const [busy, setBusy] = useState<string | null>(null);
  const download = async (orderId: string, receiptNo: string) => {
    setBusy(orderId);
    try {
      await downloadReceipt(orderId, `${receiptNo}.pdf`);
      toast(t('receipts.downloaded'));
    } catch (err) {
      toast(errorMessage(err, lang));
    } finally {
      setBusy(null);
    }
  };
  return (
    <PageRoot titleKey='title.receipts' testId='page-receipts'>
      <AsyncView state={state} testId='receipts'>
        {(items) => (
          <View className='pc-list'>
            {items.length === 0 ? <Text className='pc-muted' data-testid='receipts-empty'>{t('receipts.empty')}</Text> : null}
            {items.map((r) => (
              <View key={r.orderId} className='xl-card' data-testid='receipt' data-order-id={r.orderId}>
                <View className='pc-row'><Text className='pc-title'>{r.description}</Text><Text>{yuan(r.totalFen)}</Text></View>
                <Text className='pc-muted'>{t('receipts.no', { no: r.receiptNo })} · {r.patientName} · {chinaMonthDayTime(r.paidAt)}</Text>
                {r.refundedFen > 0 ? <Text className='pc-muted'>{t('cashier.refunded')} {yuan(r.refundedFen)}</Text> : null}
                <View className={`xl-btn-ghost xl-pressable${busy === r.orderId ? ' is-busy' : ''}`} style={{ marginTop: '8px' }} data-tap role='button' data-testid='receipt-download'
                  onClick={() => void download(r.orderId, r.receiptNo)}>
                  {t('receipts.download')}
                </View>
              </View>
            ))}
          </View>
        )}
      </AsyncView>
    </PageRoot>
  );
}
