import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { PatientSummary, TriageResult } from '@xinglin/contracts';
import { useState } from 'react';
import { AsyncView } from '../../components/AsyncView';
import { Button } from '../../components/nut';
import { PageRoot } from '../../components/PageRoot';
import { useAsync } from '../../hooks/useAsync';
import { usePatients } from '../../hooks/usePatients';
import { useT } from '../../i18n';
import { errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { toast } from '../../utils/toast';
import { getTriageOptions, runTriage } from './api';
import { type Person, toRequest } from './model';
import { Results } from './Results';
import { Symptoms } from './Symptoms';
import { Who } from './Who';
import './index.css';

/** 智能导诊: who, what hurts (words, body part, chips) → departments with reasons; red flags say 急诊 now. */
export default function TriagePage() {
  const t = useT();
  const { lang } = usePrefs();
  const options = useAsync(getTriageOptions, []);
  const patients = usePatients();
  const [chosen, setChosen] = useState<string | null>(null);
  const [person, setPerson] = useState<Person>({ age: '', sex: null, pregnant: false });
  const [text, setText] = useState('');
  const [bodyPart, setBodyPart] = useState<string | null>(null);
  const [symptoms, setSymptoms] = useState<string[]>([]);
  const [result, setResult] = useState<TriageResult | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = (p: PatientSummary | null) => {
    setChosen(p?.id ?? null);
    if (p) setPerson({ age: p.age === null ? '' : String(p.age), sex: p.gender, pregnant: false });
  };
  const pickPart = (code: string) => {
    setBodyPart(code === bodyPart ? null : code);
    setSymptoms([]);
  };
  const submit = async () => {
    const body = toRequest(person, text, bodyPart, symptoms);
    if (!body.text && !body.bodyPart && !body.symptoms) return toast(t('triage.needInput'));
    setBusy(true);
    try {
      setResult(await runTriage(body));
      Taro.pageScrollTo({ selector: '#triage-results', duration: 200 }).catch(() => undefined);
    } catch (err) {
      toast(errorMessage(err, lang));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageRoot titleKey='title.triage' testId='page-triage'>
      <Text className='tri-intro xl-muted'>{t('triage.intro')}</Text>
      <Who patients={patients.data?.items ?? []} chosen={chosen} onChoose={choose} person={person} onChange={setPerson} />
      <AsyncView state={options} testId='triage-options'>
        {(o) => (
          <Symptoms options={o} text={text} onText={setText} bodyPart={bodyPart} onBodyPart={pickPart} symptoms={symptoms} onSymptoms={setSymptoms} />
        )}
      </AsyncView>
      <View className='tri-actions'>
        <Button block type='primary' size='large' loading={busy} data-testid='triage-submit' data-tap onClick={() => void submit()}>
          {t('triage.submit')}
        </Button>
      </View>
      <View id='triage-results'>{result ? <Results result={result} /> : null}</View>
      <View className='tri-bottom' />
    </PageRoot>
  );
}
