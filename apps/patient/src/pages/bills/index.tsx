import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ORDER_ITEM_CATEGORY_LABELS } from '@xinglin/contracts';
import { AsyncView } from '../../components/AsyncView';
import { PageRoot } from '../../components/PageRoot';
import { useAsync } from '../../hooks/useAsync';
import { useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { toast } from '../../utils/toast';
import { outpatientBills, outpatientOrder, yuan } from '../cashier/api';
import '../cashier/index.css';

/** 门诊缴费: unpaid HIS bills per family member; tick several of one person and pay them in one order. */
export default function BillsPage() {
  const t = useT();
  const { lang } = usePrefs();
  const state = useAsync(() => outpatientBills(), []);
  const [chosen, setChosen] = useState<{ patientId: string; billNos: string[] }>({ patientId: '', billNos: [] });
  const [busy, setBusy] = useState(false);
  const toggle = (patientId: string, billNo: string) =>
    setChosen((c) => {
      const base = c.patientId === patientId ? c.billNos : [];
      return { patientId, billNos: base.includes(billNo) ? base.filter((n) => n !== billNo) : [...base, billNo] };
    });
  const pay = async () => {
    if (!chosen.billNos.length) return toast(t('bills.choose'));
    setBusy(true);
    try {
      const order = await outpatientOrder(chosen.patientId, chosen.billNos);
      go(PAGES.cashier, { orderId: order.id });
    } catch (err) {
      toast(errorMessage(err, lang));
      state.reload();
    } finally {
      setBusy(false);
    }
  };
  return (
    <PageRoot titleKey='title.bills' testId='page-bills'>
      <AsyncView state={state} testId='bills'>
        {(data) => {
          const all = data.patients.flatMap((p) => p.bills.map((b) => ({ ...b, patientId: p.patientId })));
          const total = all.filter((b) => b.patientId === chosen.patientId && chosen.billNos.includes(b.billNo)).reduce((s, b) => s + b.totalFen, 0);
          return (
            <View className='pc-list'>
              {data.patients.map((p) => (
                <View key={p.patientId} className='xl-card' data-testid='bills-patient' data-patient-id={p.patientId}>
                  <View className='pc-row'><Text className='pc-title'>{p.name}</Text><Text>{yuan(p.unpaidFen)}</Text></View>
                  {p.bills.length === 0 ? <Text className='pc-muted'>{t('bills.empty')}</Text> : null}
                  {p.bills.map((b) => {
                    const on = chosen.patientId === p.patientId && chosen.billNos.includes(b.billNo);
                    return (
                      <View key={b.billNo} className='pc-check xl-pressable' data-tap role='checkbox' aria-checked={on} data-testid='bill' data-bill-no={b.billNo}
                        onClick={() => (b.state === 'unpaid' ? toggle(p.patientId, b.billNo) : undefined)}>
                        <Text>{b.state === 'unpaid' ? (on ? '☑' : '☐') : '·'}</Text>
                        <View style={{ flex: 1 }}>
                          <View className='pc-row'><Text>{b.title} · {b.department} {b.doctor}</Text><Text>{yuan(b.totalFen)}</Text></View>
                          {b.items.map((i) => (
                            <Text key={i.code} className='pc-muted' style={{ display: 'block' }}>{i.name}（{ORDER_ITEM_CATEGORY_LABELS[i.category]}）{i.quantity} × {yuan(i.unitFen)}</Text>
                          ))}
                          {b.state !== 'unpaid' ? <Text className='pc-muted'>{t(b.state === 'paid' ? 'bills.paid' : 'bills.inPayment')}</Text> : null}
                        </View>
                      </View>
                    );
                  })}
                </View>
              ))}
              <View className={`pc-pay xl-pressable${busy ? ' is-busy' : ''}`} data-tap role='button' data-testid='bills-pay' onClick={() => void pay()}>
                {t('bills.pay', { amount: yuan(total) })}
              </View>
            </View>
          );
        }}
      </AsyncView>
    </PageRoot>
  );
}
