import { Text, View } from '@tarojs/components';
import type { PatientSummary } from '@xinglin/contracts';
import { useT } from '../../i18n';
import { PAGES, go } from '../../routes';

export const canBook = (p: PatientSummary) => p.verificationLevel >= 2;

interface Props {
  patients: readonly PatientSummary[];
  value: string | null;
  onChange: (id: string) => void;
}

/** 就诊人: one large row per patient; those below 实名 L2 are greyed with the reason. */
export function PatientChooser({ patients, value, onChange }: Props) {
  const t = useT();
  return (
    <View className='xl-card bc-patients' role='radiogroup' data-testid='confirm-patients'>
      <Text className='bc-label'>{t('confirm.patient')}</Text>
      {patients.length === 0 ? <Text className='xl-muted'>{t('confirm.noPatient')}</Text> : null}
      {patients.map((p) => {
        const ok = canBook(p);
        const active = p.id === value;
        return (
          <View key={p.id} data-tap role='radio' aria-checked={active} aria-disabled={!ok}
            data-testid='confirm-patient' data-patient-id={p.id}
            className={`bc-patient${ok ? ' xl-pressable' : ' is-disabled'}${active ? ' is-active' : ''}`}
            onClick={ok ? () => onChange(p.id) : undefined}>
            <View className='bc-patient__radio' />
            <View className='bc-patient__main'>
              <Text className='bc-patient__name'>{p.name}</Text>
              <Text className='xl-muted'>
                {ok ? t(`relation.${p.relation}`) : t('confirm.notVerified')}
              </Text>
            </View>
          </View>
        );
      })}
      <View className='xl-link xl-pressable' data-tap data-testid='confirm-manage-patients' onClick={() => go(PAGES.family)}>
        {t('confirm.addPatient')}
      </View>
    </View>
  );
}
