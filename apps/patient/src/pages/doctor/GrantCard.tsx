import { Text, View } from '@tarojs/components';
import type { Doctor } from '@xinglin/contracts';
import { useState } from 'react';
import { useAsync } from '../../hooks/useAsync';
import { usePatients } from '../../hooks/usePatients';
import { useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { grantCare, listCareGrants } from '../../services/records';
import { errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { formatDate } from '../../utils/format';
import { toast } from '../../utils/toast';

const DAYS = 7;

/** 授权该医生查看我的档案: the signed-in patient lets this doctor read their record for 7 days. */
export function GrantCard({ doctor }: { doctor: Doctor }) {
  const t = useT();
  const { lang } = usePrefs();
  const patients = usePatients();
  const selfId = patients.data?.items.find((p) => p.isSelf)?.id ?? null;
  const grants = useAsync(() => (selfId ? listCareGrants(selfId).then((r) => r.items) : Promise.resolve([])), [selfId]);
  const [busy, setBusy] = useState(false);
  if (!patients.data) return null; // signed out (null) or still loading
  const live = grants.data?.find((g) => g.doctorId === doctor.id);

  const grant = async () => {
    if (!selfId) {
      toast(t('doctor.grantNeedVerify'));
      go(PAGES.realname);
      return;
    }
    if (busy || live) return;
    setBusy(true);
    try {
      await grantCare(selfId, doctor.id, DAYS);
      toast(t('doctor.granted', { name: doctor.name }));
      grants.reload();
    } catch (err) {
      toast(errorMessage(err, lang));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='xl-card doctor-grant' data-testid='doctor-grant-card'>
      <Text className='doctor-grant__hint'>{t('doctor.grantHint')}</Text>
      <View className={`xl-btn-ghost xl-pressable doctor-grant__button${live ? ' is-done' : ''}`}
        data-testid='doctor-grant' data-granted={live !== undefined} data-tap role='button'
        aria-disabled={busy || live !== undefined} onClick={() => void grant()}>
        {live ? t('doctor.grantedUntil', { date: formatDate(live.validUntil) }) : t('doctor.grant')}
      </View>
    </View>
  );
}
