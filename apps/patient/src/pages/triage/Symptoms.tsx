import { Text, Textarea, View } from '@tarojs/components';
import type { TriageOptions } from '@xinglin/contracts';
import { ChoiceChips } from '../../components/ChoiceChips';
import { pick, useT } from '../../i18n';
import { usePrefs } from '../../state/prefs';

interface Props {
  options: TriageOptions;
  text: string;
  onText: (text: string) => void;
  bodyPart: string | null;
  onBodyPart: (code: string) => void;
  symptoms: string[];
  onSymptoms: (symptoms: string[]) => void;
}

/** Free words, or a body part and its common symptoms as chips. */
export function Symptoms({ options, text, onText, bodyPart, onBodyPart, symptoms, onSymptoms }: Props) {
  const t = useT();
  const { lang } = usePrefs();
  const chips = options.bodyParts.find((b) => b.code === bodyPart)?.chips ?? [];
  const toggle = (s: string) => onSymptoms(symptoms.includes(s) ? symptoms.filter((x) => x !== s) : [...symptoms, s]);
  return (
    <View className='xl-card tri-symptoms'>
      <Text className='tri-label'>{t('triage.text')}</Text>
      <Textarea className='tri-text' data-testid='triage-text' value={text} maxlength={200} autoHeight
        placeholder={t('triage.textPh')} placeholderClass='tri-ph' onInput={(e) => onText(e.detail.value)} />
      <Text className='tri-label'>{t('triage.part')}</Text>
      <ChoiceChips testId='triage-part' value={bodyPart} onChange={onBodyPart}
        options={options.bodyParts.map((b) => ({ value: b.code, label: pick(lang, b.zh, b.en) }))} />
      {chips.length ? (
        <>
          <Text className='tri-label'>{t('triage.chips')}</Text>
          <View className='xl-choices' data-testid='triage-chips'>
            {chips.map((c) => {
              const on = symptoms.includes(c.symptom);
              return (
                <View key={c.symptom} className={`xl-choice xl-pressable${on ? ' is-active' : ''}`} data-tap role='checkbox'
                  aria-checked={on} data-testid='triage-chip' onClick={() => toggle(c.symptom)}>
                  {pick(lang, c.symptom, c.symptomEn)}
                </View>
              );
            })}
          </View>
        </>
      ) : null}
    </View>
  );
}
