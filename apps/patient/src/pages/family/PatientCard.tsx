import { Text, View } from '@tarojs/components';
import type { PatientSummary } from '@xinglin/contracts';
import { useState } from 'react';
import { LevelBadge } from '../../components/LevelBadge';
import { useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { type RevealField, revealField } from '../../services/patients';
import { errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { toast } from '../../utils/toast';
import { CardsPanel } from './CardsPanel';

interface Props {
  patient: PatientSummary;
  onChanged: () => void;
  onRemove: (p: PatientSummary) => void;
}

/** One patient: name, relation, level, masked numbers (tap to reveal, audited), then 档案 / 就诊卡 / 移除. */
export function PatientCard({ patient: p, onChanged, onRemove }: Props) {
  const t = useT();
  const { lang } = usePrefs();
  const [shown, setShown] = useState<Partial<Record<RevealField, string>>>({});
  const [cardsOpen, setCardsOpen] = useState(false);

  const toggle = async (field: RevealField) => {
    if (shown[field]) {
      setShown((s) => ({ ...s, [field]: undefined }));
      return;
    }
    try {
      const r = await revealField(p.id, field);
      setShown((s) => ({ ...s, [field]: r.value }));
    } catch (err) {
      toast(errorMessage(err, lang));
    }
  };

  const facts = [p.gender ? t(p.gender === 'male' ? 'family.male' : 'family.female') : null,
    p.age !== null ? t('family.age', { n: p.age }) : null].filter(Boolean).join(' · ');
  const numbers: [RevealField, string, string | null][] = [
    ['idNumber', t('family.idNumber'), p.idNumberMasked],
    ['phone', t('family.phone'), p.phoneMasked],
  ];
  return (
    <View className='xl-card fam-card' data-testid='patient-card' data-patient-id={p.id} data-relation={p.relation}>
      <View className='fam-card__head'>
        <View className={`fam-card__avatar${p.isSelf ? ' is-self' : ''}`}>
          <Text>{p.name.slice(0, 1)}</Text>
        </View>
        <View className='fam-card__who'>
          <View className='fam-card__line'>
            <Text className='fam-card__name' data-testid='patient-name'>{p.name}</Text>
            <Text className={`fam-card__relation${p.isSelf ? ' is-self' : ''}`}>{t(`relation.${p.relation}`)}</Text>
          </View>
          {facts ? <Text className='fam-card__facts'>{facts}</Text> : null}
        </View>
        <LevelBadge patient={p} testId='patient-level' />
      </View>
      {numbers.map(([field, label, masked]) =>
        masked ? (
          <View key={field} className='fam-card__num'>
            <Text className='fam-card__num-label'>{label}</Text>
            <Text className='fam-card__num-value' data-testid={`patient-${field}`}>{shown[field] ?? masked}</Text>
            <View className='fam-card__reveal xl-pressable' data-testid={`patient-reveal-${field}`} data-tap
              onClick={() => void toggle(field)}>
              {shown[field] ? t('family.hide') : t('family.reveal')}
            </View>
          </View>
        ) : null,
      )}
      <View className='fam-card__actions'>
        <View className='fam-card__action xl-pressable' data-testid='patient-record' data-tap
          onClick={() => go(PAGES.record, { id: p.id, name: p.name, rel: p.relation })}>
          {t('family.record')}
          {!p.recordAccess ? <Text className='fam-card__sub'>{t('family.noRecordAccess')}</Text> : null}
        </View>
        <View className={`fam-card__action xl-pressable${cardsOpen ? ' is-open' : ''}`} data-testid='patient-cards' data-tap
          onClick={() => setCardsOpen((o) => !o)}>
          {t('family.cards')}
          <Text className='fam-card__sub'>{p.cards.length ? t('family.cardsCount', { n: p.cards.length }) : t('family.noCards')}</Text>
        </View>
        {!p.isSelf ? (
          <View className='fam-card__action fam-card__action--danger xl-pressable' data-testid='patient-remove' data-tap
            onClick={() => onRemove(p)}>
            {t('family.remove')}
          </View>
        ) : null}
      </View>
      {cardsOpen ? <CardsPanel patient={p} onChanged={onChanged} /> : null}
    </View>
  );
}
