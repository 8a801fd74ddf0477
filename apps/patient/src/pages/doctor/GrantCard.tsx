import { Text, View } from '@tarojs/components';
import type { Doctor } from '@xinglin/contracts';
import { useState } from 'react';
import { usePatients } from '../../hooks/usePatients';
import { useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { grantCare } from '../../services/records';
import { errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { toast } from '../../utils/toast';

const DAYS = 7;

/** 授权该医生查看我的档案: the signed-in patient lets this doctor read their record for 7 days. */
export function GrantCard({ doctor }: { doctor: Doctor }) {
  const t = useT();
  const { lang } = usePrefs();
  const patients = usePatients();
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle');
  if (!patients.data) return null; // signed out (null) or still loading
  const self = patients.data.items.find((p) => p.isSelf);

  const grant = async () => {
    if (!self) {
      toast(t('doctor.grantNeedVerify'));
      go(PAGES.realname);
      return;
    }
    if (state !== 'idle') return;
    setState('busy');
    try {
      await grantCare(self.id, doctor.id, DAYS);
      setState('done');
      toast(t('doctor.granted', { name: doctor.name }));
    } catch (err) {
      setState('idle');
      toast(errorMessage(err, lang));
    }
  };

  return (
    <View className='xl-card doctor-grant' data-testid='doctor-grant-card'>
      <Text className='doctor-grant__hint'>{t('doctor.grantHint')}</Text>
      <View className={`xl-btn-ghost xl-pressable doctor-grant__button${state === 'done' ? ' is-done' : ''}`}
        data-testid='doctor-grant' data-tap role='button' aria-disabled={state !== 'idle'} onClick={() => void grant()}>
        {state === 'done' ? t('doctor.granted', { name: doctor.name }) : t('doctor.grant')}
      </View>
    </View>
  );
}
