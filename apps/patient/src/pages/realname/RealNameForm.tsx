import { Text, View } from '@tarojs/components';
import type { PatientSummary } from '@xinglin/contracts';
import { useState } from 'react';
import { type IdentityValue, IdentityFields, missingIdentity } from '../../components/IdentityFields';
import { Button } from '../../components/nut';
import { useT } from '../../i18n';
import { RequestError, errorMessage } from '../../services/request';
import { verifySelf } from '../../services/patients';
import { usePrefs } from '../../state/prefs';
import { toast } from '../../utils/toast';

interface Props {
  onVerified: (self: PatientSummary) => void;
}

/** Name, document type and number; the server's specific ID-number problems show under the field. */
export function RealNameForm({ onVerified }: Props) {
  const t = useT();
  const { lang } = usePrefs();
  const [value, setValue] = useState<IdentityValue>({ name: '', idType: 'mainland_id', idNumber: '' });
  const [shown, setShown] = useState(false);
  const [serverId, setServerId] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const missing = missingIdentity(value);

  const submit = async () => {
    setShown(true);
    setFormError(null);
    setServerId(null);
    if (missing.name || missing.idNumber || busy) return;
    setBusy(true);
    try {
      const self = await verifySelf({ name: value.name.trim(), idType: value.idType, idNumber: value.idNumber.trim() });
      toast(t('realname.success'));
      onVerified(self);
    } catch (err) {
      if (err instanceof RequestError && err.code === 'ID_NUMBER_INVALID') setServerId(err.localized(lang));
      else setFormError(errorMessage(err, lang));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='xl-card rn-form' data-testid='realname-form'>
      <IdentityFields
        value={value}
        testPrefix='realname'
        onChange={(patch) => {
          setValue((v) => ({ ...v, ...patch }));
          if (patch.idNumber !== undefined || patch.idType !== undefined) setServerId(null);
        }}
        errors={{
          name: shown && missing.name ? t(missing.name) : null,
          idNumber: serverId ?? (shown && missing.idNumber ? t(missing.idNumber) : null),
        }}
      />
      {formError ? <View className='xl-error rn-form__error' data-testid='realname-error'>{formError}</View> : null}
      <Button className='rn-form__submit' type='primary' size='large' block loading={busy}
        data-testid='realname-submit' data-tap onClick={() => void submit()}>
        {t('realname.submit')}
      </Button>
      <Text className='rn-form__privacy xl-muted'>{t('form.privacy')}</Text>
    </View>
  );
}
