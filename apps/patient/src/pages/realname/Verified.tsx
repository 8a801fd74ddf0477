import { Text, View } from '@tarojs/components';
import type { PatientSummary } from '@xinglin/contracts';
import { useState } from 'react';
import { LevelBadge } from '../../components/LevelBadge';
import { Button } from '../../components/nut';
import { useT } from '../../i18n';
import { errorMessage } from '../../services/request';
import { startFace } from '../../services/patients';
import { usePrefs } from '../../state/prefs';
import { PAGES } from '../../routes';

/** The verified identity (masked number) and the step up to 人脸认证 (L3). */
export function Verified({ self }: { self: PatientSummary }) {
  const t = useT();
  const { lang } = usePrefs();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);

  const openFace = async () => {
    setNote(null);
    if (process.env.TARO_ENV !== 'h5') {
      // The mini program cannot open a web page without a web-view and a registered business domain;
      // production uses Tencent's face-check plugin here.
      setNote(t('face.weappNote'));
      return;
    }
    setBusy(true);
    try {
      const { url } = await startFace(PAGES.realname);
      window.location.assign(url);
    } catch (err) {
      setNote(errorMessage(err, lang));
      setBusy(false);
    }
  };

  const rows: [string, string, string][] = [
    [t('form.name'), self.name, 'realname-name-value'],
    [t('form.idType'), t(`idType.${self.idType}`), 'realname-idType-value'],
    [t('form.idNumber'), self.idNumberMasked, 'realname-masked-id'],
  ];
  return (
    <>
      <View className='xl-card rn-info' data-testid='realname-verified'>
        {rows.map(([label, value, id]) => (
          <View key={id} className='rn-info__row'>
            <Text className='rn-info__label'>{label}</Text>
            <Text className='rn-info__value' data-testid={id}>{value}</Text>
          </View>
        ))}
        <View className='rn-info__row'>
          <Text className='rn-info__label'>{t('realname.level')}</Text>
          <LevelBadge patient={self} testId='realname-level' />
        </View>
      </View>
      {self.verificationLevel >= 2 ? (
        <View className='xl-card rn-face' data-testid='realname-face'>
          <Text className='rn-face__title'>{t('face.title')}</Text>
          <Text className='rn-face__body'>{t('face.body')}</Text>
          {self.verificationLevel >= 3 ? (
            <Text className='rn-face__done' data-testid='realname-face-done'>{t('face.done')}</Text>
          ) : (
            <Button className='rn-face__start' type='primary' size='large' block loading={busy}
              data-testid='realname-face-start' data-tap onClick={() => void openFace()}>
              {t('face.start')}
            </Button>
          )}
          {note ? <View className='xl-notice rn-face__note' data-testid='realname-face-note'>{note}</View> : null}
        </View>
      ) : null}
    </>
  );
}
