import { Text, View } from '@tarojs/components';
import Taro, { useDidHide, useDidShow, useRouter } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { ORDER_ITEM_CATEGORY_LABELS, type InsurancePresettlement, type Order, type PaymentChannel } from '@xinglin/contracts';
import { AsyncView } from '../../components/AsyncView';
import { PageRoot } from '../../components/PageRoot';
import { useAsync } from '../../hooks/useAsync';
import { useT } from '../../i18n';
import { PAGES, go, goTab } from '../../routes';
import { errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { chinaMonthDayTime } from '../../utils/china-time';
import { toast } from '../../utils/toast';
import { bookingOrder, getOrder, newKey, payOrder, presettle, syncOrder, yuan } from './api';
import './index.css';

const POLL_MS = 2000;
const weapp = process.env.TARO_ENV === 'weapp';

/**
 * 收银台: the order with its items, the insurance split, WeChat Pay or Alipay. In the mini program it calls
 * wx.requestPayment with the server's signed parameters; on H5 it offers the cashier page the server returns
 * (the simulator's 模拟收银台 in dev) and polls the order until it is paid.
 */
export default function CashierPage() {
  const t = useT();
  const { lang } = usePrefs();
  const { orderId = '', bookingId = '' } = useRouter().params;
  const state = useAsync<Order>(() => (orderId ? getOrder(orderId) : bookingOrder(bookingId)), [orderId, bookingId]);
  const [order, setOrder] = useState<Order | null>(null);
  const [channel, setChannel] = useState<PaymentChannel>('wechat');
  const [split, setSplit] = useState<InsurancePresettlement | null>(null);
  const [cashierUrl, setCashierUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [visible, setVisible] = useState(true);
  const key = useRef<{ channel: PaymentChannel; key: string } | null>(null);
  useDidShow(() => setVisible(true));
  useDidHide(() => setVisible(false));
  useEffect(() => setOrder(state.data ?? null), [state.data]);

  const current = order ?? state.data ?? null;
  const waiting = current?.status === 'paying';
  useEffect(() => {
    if (!current || !waiting || !visible) return undefined;
    // Ask the channel through the server (sync) rather than only waiting for its notification.
    const timer = setInterval(() => {
      syncOrder(current.id).then(setOrder).catch(() => undefined);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [current?.id, waiting, visible]);

  const loadSplit = async (o: Order) => {
    try {
      setSplit(await presettle(o.id));
    } catch (err) {
      toast(errorMessage(err, lang));
    }
  };

  const pay = async (o: Order) => {
    if (busy) return;
    setBusy(true);
    // One key per channel choice: a second tap repeats the same request, another channel is a new one.
    if (key.current?.channel !== channel) key.current = { channel, key: newKey() };
    try {
      const origin = process.env.TARO_ENV === 'h5' ? window.location.origin : '';
      const res = await payOrder(o.id, { channel, ...(channel === 'wechat' ? { wechatFlow: weapp ? 'jsapi' : 'h5' } : { returnUrl: `${origin}/#${PAGES.cashier}?orderId=${o.id}` }) }, key.current.key);
      if (res.requestPayment) {
        await Taro.requestPayment({ ...res.requestPayment });
        setOrder(await syncOrder(o.id));
      } else {
        setCashierUrl(res.h5Url ?? res.payUrl ?? null);
        setOrder({ ...o, status: 'paying', channel });
      }
    } catch (err) {
      const cancelled = (err as { errMsg?: string })?.errMsg?.includes('cancel');
      if (!cancelled) toast(errorMessage(err, lang));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageRoot titleKey='title.cashier' testId='page-cashier'>
      <AsyncView state={state} testId='cashier'>
        {() => current && (
          <View className='pc-list'>
            <View className='xl-card' data-testid='cashier-order' data-status={current.status} data-order-id={current.id}>
              <Text className='pc-title'>{t('cashier.items')}</Text>
              <Text className='pc-muted'>{t('cashier.patient', { name: current.patientName })}</Text>
              {current.items.map((i, n) => (
                <View key={n} className='pc-row' data-testid='cashier-item'>
                  <Text>{i.name}（{ORDER_ITEM_CATEGORY_LABELS[i.category]}）× {i.quantity}</Text>
                  <Text>{yuan(i.amountFen)}</Text>
                </View>
              ))}
              <View className='pc-row pc-row--total'>
                <Text>{t('cashier.total')}</Text>
                <Text data-testid='cashier-total'>{yuan(current.totalFen)}</Text>
              </View>
            </View>
            {current.status === 'paid' || current.status === 'refunding' || current.status === 'refunded' ? (
              <View className='xl-card'>
                <Text className='pc-done' data-testid='cashier-paid'>✔ {t(current.status === 'paid' ? 'cashier.paid' : 'cashier.refunded')}</Text>
                <View className='xl-btn-ghost xl-pressable' data-tap role='button' data-testid='cashier-receipt' onClick={() => go(PAGES.receipts)}>{t('cashier.receipt')}</View>
                <View className='xl-btn-ghost xl-pressable' style={{ marginTop: '8px' }} data-tap role='button' onClick={() => goTab(PAGES.visits)}>{t('cashier.back')}</View>
              </View>
            ) : current.status === 'closed' ? (
              <View className='xl-card'><Text className='pc-done'>{t('cashier.closed')}</Text></View>
            ) : (
              <>
                <View className='xl-card' data-testid='cashier-insurance'>
                  <Text className='pc-title'>{t('cashier.insurance')}</Text>
                  {split ? (
                    split.insured ? (
                      <>
                        <View className='pc-row'><Text>{t('cashier.insuranceFund')}</Text><Text>{yuan(split.fundFen)}</Text></View>
                        <View className='pc-row'><Text>{t('cashier.insuranceAccount')}</Text><Text>{yuan(split.accountFen)}</Text></View>
                        <View className='pc-row pc-row--total'><Text>{t('cashier.insuranceSelf')}</Text><Text data-testid='cashier-self'>{yuan(split.selfFen)}</Text></View>
                      </>
                    ) : <Text className='pc-muted' data-testid='cashier-not-insured'>{t('cashier.notInsured')}</Text>
                  ) : (
                    <View className='xl-btn-ghost xl-pressable' data-tap role='button' data-testid='cashier-presettle' onClick={() => void loadSplit(current)}>{t('cashier.insurance')}</View>
                  )}
                </View>
                <View className='xl-card'>
                  <Text className='pc-title'>{t('cashier.channel')}</Text>
                  <Text className='pc-muted'>{t('cashier.expires', { time: chinaMonthDayTime(current.expiresAt) })}</Text>
                  <View className='pc-channels'>
                    {(['wechat', 'alipay'] as const).map((c) => (
                      <View key={c} className={`pc-channel xl-pressable${channel === c ? ' is-on' : ''}`} data-tap role='radio' aria-checked={channel === c} data-testid={`cashier-channel-${c}`} onClick={() => setChannel(c)}>
                        {t(c === 'wechat' ? 'cashier.wechat' : 'cashier.alipay')}
                      </View>
                    ))}
                  </View>
                  <View className={`pc-pay xl-pressable${busy ? ' is-busy' : ''}`} data-tap role='button' data-testid='cashier-pay' onClick={() => void pay(current)}>
                    {t('cashier.pay', { amount: yuan(current.totalFen) })}
                  </View>
                  {cashierUrl && process.env.TARO_ENV === 'h5' ? (
                    <a className='pc-link' href={cashierUrl} target='_blank' rel='noopener' data-testid='cashier-open'>{t('cashier.openCashier')}</a>
                  ) : null}
                  {waiting ? <Text className='pc-muted' data-testid='cashier-waiting'>{t('cashier.waiting')}</Text> : null}
                </View>
              </>
            )}
          </View>
        )}
      </AsyncView>
    </PageRoot>
  );
}
