import { Text, View } from '@tarojs/components';
import type { PatientSummary } from '@xinglin/contracts';
import { type MessageKey, useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { Panel } from '../Panel';
import { canBook } from './rules';
import './index.css';

export { canBook, defaultPatientId } from './rules';
export { usePatientChoice } from './usePatientChoice';

/** The words differ per feature (挂号 / 预约), so each page names its own keys. */
export interface PickerText {
  title: MessageKey;
  none: MessageKey;
  notVerified: MessageKey;
  manage: MessageKey;
  needLogin: MessageKey;
  login: MessageKey;
}

interface Props {
  /** null when signed out: then a way to sign in instead of the list. */
  patients: readonly PatientSummary[] | null;
  value: string | null;
  onChange: (id: string) => void;
  /** Prefix of the test ids: `${testId}-patients`, `-patient`, `-login`, `-manage-patients`. */
  testId: string;
  text: PickerText;
}

/** 就诊人: one large radio row each; those below 实名 L2 are greyed with the reason; 管理就诊人 below. */
export function PatientPicker({ patients, value, onChange, testId, text }: Props) {
  const t = useT();
  if (patients === null) {
    return (
      <Panel>
        <Text className='xl-muted'>{t(text.needLogin)}</Text>
        <View className='xl-link xl-pressable' data-tap data-testid={`${testId}-login`} onClick={() => go(PAGES.login)}>
          {t(text.login)}
        </View>
      </Panel>
    );
  }
  return (
    <Panel title={t(text.title)} role='radiogroup' data-testid={`${testId}-patients`}>
      {patients.length === 0 ? <Text className='xl-muted'>{t(text.none)}</Text> : null}
      {patients.map((p) => {
        const ok = canBook(p);
        const active = p.id === value;
        return (
          <View key={p.id} data-tap role='radio' aria-checked={active} aria-disabled={!ok}
            data-testid={`${testId}-patient`} data-patient-id={p.id}
            className={`xl-patient${ok ? ' xl-pressable' : ' is-disabled'}${active ? ' is-active' : ''}`}
            onClick={ok ? () => onChange(p.id) : undefined}>
            <View className='xl-patient__radio' />
            <View className='xl-patient__main'>
              <Text className='xl-patient__name'>{p.name}</Text>
              <Text className='xl-muted'>{ok ? t(`relation.${p.relation}`) : t(text.notVerified)}</Text>
            </View>
          </View>
        );
      })}
      <View className='xl-link xl-pressable' data-tap data-testid={`${testId}-manage-patients`} onClick={() => go(PAGES.family)}>
        {t(text.manage)}
      </View>
    </Panel>
  );
}
