import { Input, Text, View } from '@tarojs/components';
import type { PatientSummary } from '@xinglin/contracts';
import { ChoiceChips } from '../../components/ChoiceChips';
import { useT } from '../../i18n';
import { type Person, canBePregnant } from './model';

interface Props {
  patients: readonly PatientSummary[];
  chosen: string | null;
  onChoose: (patient: PatientSummary | null) => void;
  person: Person;
  onChange: (person: Person) => void;
}

const MANUAL = '__manual';

/** 为谁导诊: a family member fills age and sex in; they stay editable, since triage needs no identity. */
export function Who({ patients, chosen, onChoose, person, onChange }: Props) {
  const t = useT();
  const options = [...patients.map((p) => ({ value: p.id, label: p.name })), { value: MANUAL, label: t('triage.manual') }];
  return (
    <View className='xl-card tri-who' data-testid='triage-who'>
      {patients.length ? (
        <>
          <Text className='tri-label'>{t('triage.who')}</Text>
          <ChoiceChips options={options} value={chosen ?? MANUAL} testId='triage-patient'
            onChange={(id) => onChoose(patients.find((p) => p.id === id) ?? null)} />
        </>
      ) : null}
      <View className='tri-row'>
        <Text className='tri-label'>{t('triage.age')}</Text>
        <Input className='tri-age' data-testid='triage-age' type='number' maxlength={3} value={person.age}
          placeholder={t('triage.agePh')} placeholderClass='tri-ph' onInput={(e) => onChange({ ...person, age: e.detail.value })} />
      </View>
      <Text className='tri-label'>{t('triage.sex')}</Text>
      <ChoiceChips testId='triage-sex' value={person.sex}
        options={[{ value: 'male', label: t('triage.sex.male') }, { value: 'female', label: t('triage.sex.female') }]}
        onChange={(sex) => onChange({ ...person, sex, pregnant: sex === 'female' && person.pregnant })} />
      {canBePregnant(person) ? (
        <View className={`tri-toggle xl-pressable${person.pregnant ? ' is-on' : ''}`} data-testid='triage-pregnant' data-tap
          role='switch' aria-checked={person.pregnant} onClick={() => onChange({ ...person, pregnant: !person.pregnant })}>
          <View className='tri-toggle__box' />
          <Text>{t('triage.pregnant')}</Text>
        </View>
      ) : null}
    </View>
  );
}
