import { Text, View } from '@tarojs/components';
import type { HealthRecord } from '@xinglin/contracts';
import type { ReactNode } from 'react';
import { useT } from '../../i18n';
import { formatDateTime } from '../../utils/format';
import { Grants } from './Grants';
import { bmi } from './record-form';

interface Props {
  patientId: string;
  record: HealthRecord;
  onEdit: () => void;
}

/** The record as a doctor would scan it: basics, allergies first and in warning colours, then history. */
export function RecordView({ patientId, record: r, onEdit }: Props) {
  const t = useT();
  const empty = <Text className='rec-empty'>{t('record.notFilled')}</Text>;
  const index = bmi(r);
  const basics: [string, ReactNode, string][] = [
    [t('record.heightCm'), r.heightCm ? t('record.unit.cm', { n: r.heightCm }) : empty, 'height'],
    [t('record.weightKg'), r.weightKg ? t('record.unit.kg', { n: r.weightKg }) : empty, 'weight'],
    [t('record.bmi'), index ?? empty, 'bmi'],
    [t('record.bloodType'), r.bloodType === 'unknown' ? empty : t(`record.blood.${r.bloodType}`), 'bloodType'],
  ];
  const chips = (items: string[], tone: 'warn' | 'plain', id: string) =>
    items.length ? (
      <View className='rec-chips' data-testid={`record-${id}`}>
        {items.map((i) => <Text key={i} className={`rec-chip rec-chip--${tone}`}>{i}</Text>)}
      </View>
    ) : empty;

  return (
    <View data-testid='record-view' data-version={r.version}>
      <View className='xl-card'>
        <Text className='rec-updated' data-testid='record-updated'>
          {r.updatedAt ? t('record.updated', { date: formatDateTime(r.updatedAt), v: r.version }) : t('record.never')}
        </Text>
        <View className='rec-grid'>
          {basics.map(([label, value, id]) => (
            <View key={id} className='rec-grid__cell'>
              <Text className='rec-grid__label'>{label}</Text>
              <View className='rec-grid__value' data-testid={`record-${id}`}>{value}</View>
            </View>
          ))}
        </View>
        <Section title={t('record.address')}>{r.address ? <Text className='rec-text'>{r.address}</Text> : empty}</Section>
      </View>
      <View className='xl-card'>
        <Section title={t('record.allergies')}>{chips(r.allergies, 'warn', 'allergies')}</Section>
        <Section title={t('record.chronicConditions')}>{chips(r.chronicConditions, 'plain', 'chronic')}</Section>
        <Section title={t('record.medications')}>{chips(r.medications, 'plain', 'medications')}</Section>
      </View>
      <View className='xl-card'>
        <Section title={t('record.pastHistory')}>{r.pastHistory ? <Text className='rec-text'>{r.pastHistory}</Text> : empty}</Section>
        <Section title={t('record.familyHistory')}>
          {r.familyHistory ? <Text className='rec-text'>{r.familyHistory}</Text> : empty}
        </Section>
      </View>
      <View className='rec-actions'>
        <View className='xl-btn-ghost xl-pressable' data-testid='record-edit' data-tap role='button' onClick={onEdit}>
          {t('record.edit')}
        </View>
      </View>
      <Grants patientId={patientId} />
    </View>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View className='rec-section'>
      <Text className='rec-section__title'>{title}</Text>
      {children}
    </View>
  );
}
