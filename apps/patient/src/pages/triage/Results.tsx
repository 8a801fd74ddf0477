import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { TriageResult } from '@xinglin/contracts';
import { pick, useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { usePrefs } from '../../state/prefs';

/** A red flag first (急诊 now, with a 120 button), then departments with why, each opening its doctors. */
export function Results({ result }: { result: TriageResult }) {
  const t = useT();
  const { lang } = usePrefs();
  return (
    <View data-testid='triage-results'>
      {result.emergency && result.advice ? (
        <View className='xl-card tri-emergency' data-testid='triage-emergency' role='alert'>
          <Text className='tri-emergency__title'>{t('triage.emergency')}</Text>
          <Text className='tri-emergency__text'>{pick(lang, result.advice.zh, result.advice.en)}</Text>
          <View className='tri-emergency__call xl-pressable' data-tap role='button' data-testid='triage-call'
            onClick={() => void Taro.makePhoneCall({ phoneNumber: '120' }).catch(() => undefined)}>
            {t('triage.call120')}
          </View>
        </View>
      ) : null}
      <Text className='tri-section xl-muted'>{t('triage.result')}</Text>
      {result.suggestions.length === 0 ? <Text className='tri-empty xl-muted' data-testid='triage-none'>{t('triage.noResult')}</Text> : null}
      {result.suggestions.map((s) => (
        <View key={s.departmentId} className='xl-card tri-dept' data-testid='triage-suggestion' data-code={s.departmentCode}>
          <Text className='tri-dept__name'>{pick(lang, s.departmentName, s.departmentNameEn)}</Text>
          <Text className='xl-muted'>{t('triage.location', { location: s.location })}</Text>
          {s.reasons.slice(0, 2).map((r) => (
            <Text key={r.symptom + r.zh} className='tri-dept__reason'>· {pick(lang, r.zh, r.en)}</Text>
          ))}
          {s.bookable ? (
            <View className='xl-btn-ghost xl-pressable tri-dept__go' data-tap role='button' data-testid='triage-go'
              onClick={() => go(PAGES.doctors, { departmentId: s.departmentId })}>
              {t('triage.goDoctors')}
            </View>
          ) : null}
        </View>
      ))}
    </View>
  );
}
