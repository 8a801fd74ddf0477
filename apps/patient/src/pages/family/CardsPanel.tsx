import { Text, View } from '@tarojs/components';
import { type PatientSummary, addCardSchema } from '@xinglin/contracts';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormField } from '../../components/FormField';
import { useT } from '../../i18n';
import { addCard, removeCard } from '../../services/patients';
import { errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { formatDate } from '../../utils/format';
import { toast } from '../../utils/toast';

/** 就诊卡: the bound cards with 解绑 (after a confirm), and a field to bind another. */
export function CardsPanel({ patient, onChanged }: { patient: PatientSummary; onChanged: () => void }) {
  const t = useT();
  const { lang } = usePrefs();
  const [cardNo, setCardNo] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [unbinding, setUnbinding] = useState<string | null>(null);

  const bind = async () => {
    setError(null);
    if (!addCardSchema.shape.cardNo.safeParse(cardNo).success) {
      setError(t('cards.err'));
      return;
    }
    if (busy) return;
    setBusy(true);
    try {
      await addCard(patient.id, cardNo.trim());
      setCardNo('');
      toast(t('cards.bound'));
      onChanged();
    } catch (err) {
      setError(errorMessage(err, lang));
    } finally {
      setBusy(false);
    }
  };

  const unbind = async () => {
    if (!unbinding) return;
    setBusy(true);
    try {
      await removeCard(patient.id, unbinding);
      toast(t('cards.unbound'));
      onChanged();
    } catch (err) {
      toast(errorMessage(err, lang));
    } finally {
      setBusy(false);
      setUnbinding(null);
    }
  };

  return (
    <View className='fam-cards' data-testid='patient-cards-panel'>
      {patient.cards.map((c) => (
        <View key={c.cardNo} className='fam-cards__row' data-testid='patient-card-row'>
          <View className='fam-cards__main'>
            <Text className='fam-cards__no'>{c.cardNo}</Text>
            <Text className='xl-muted'>{t('cards.addedAt', { date: formatDate(c.addedAt) })}</Text>
          </View>
          <View className='xl-link xl-pressable fam-cards__unbind' data-testid='patient-card-unbind' data-tap
            onClick={() => setUnbinding(c.cardNo)}>
            {t('cards.unbind')}
          </View>
        </View>
      ))}
      <FormField label={t('family.cards')} testId='patient-card-input' value={cardNo} maxLength={20}
        placeholder={t('cards.placeholder')} onChange={(v) => setCardNo(v.replace(/\s+/g, ''))} error={error}
        extra={
          <View className={`fam-cards__bind xl-pressable${busy ? ' is-busy' : ''}`} data-testid='patient-card-bind' data-tap
            onClick={() => void bind()}>
            {t('cards.bind')}
          </View>
        } />
      <ConfirmDialog open={unbinding !== null} title={t('cards.unbindTitle')}
        body={unbinding ? t('cards.unbindBody', { card: unbinding }) : undefined} confirmText={t('cards.unbind')}
        danger busy={busy} onCancel={() => setUnbinding(null)} onConfirm={() => void unbind()} />
    </View>
  );
}
