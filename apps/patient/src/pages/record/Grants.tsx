import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { AsyncView } from '../../components/AsyncView';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAsync } from '../../hooks/useAsync';
import { useT } from '../../i18n';
import { type CareGrant, listCareGrants, revokeCare } from '../../services/records';
import { errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { formatDate } from '../../utils/format';
import { toast } from '../../utils/toast';

/** 已授权的医生: doctors the patient allowed to read the record (from the doctor page), with 撤销. */
export function Grants({ patientId }: { patientId: string }) {
  const t = useT();
  const { lang } = usePrefs();
  const state = useAsync(() => listCareGrants(patientId).then((r) => r.items), [patientId]);
  const [revoking, setRevoking] = useState<CareGrant | null>(null);
  const [busy, setBusy] = useState(false);

  const revoke = async () => {
    if (!revoking) return;
    setBusy(true);
    try {
      await revokeCare(patientId, revoking.id);
      toast(t('grants.revoked'));
      state.reload();
    } catch (err) {
      toast(errorMessage(err, lang));
    } finally {
      setBusy(false);
      setRevoking(null);
    }
  };

  return (
    <>
      <View className='xl-section-head'>
        <Text className='xl-section-title'>{t('grants.title')}</Text>
      </View>
      <AsyncView state={state} testId='record-grants'>
        {(items) => (
          <View className='xl-card rec-log' data-testid='record-grants'>
            {items.length === 0 ? <Text className='rec-empty rec-log__empty'>{t('grants.empty')}</Text> : null}
            {items.map((g) => (
              <View key={g.id} className='rec-grant' data-testid='record-grant'>
                <View className='rec-grant__main'>
                  <Text className='rec-log__title'>{g.doctorName}</Text>
                  <Text className='rec-log__line'>
                    {t('grants.until', { dept: g.departmentName, date: formatDate(g.validUntil) })}
                  </Text>
                </View>
                <View className='xl-link xl-pressable rec-grant__revoke' data-testid='record-grant-revoke' data-tap
                  onClick={() => setRevoking(g)}>
                  {t('grants.revoke')}
                </View>
              </View>
            ))}
          </View>
        )}
      </AsyncView>
      <ConfirmDialog open={revoking !== null} title={t('grants.revokeTitle')}
        body={revoking ? t('grants.revokeBody', { name: revoking.doctorName }) : undefined}
        confirmText={t('grants.revoke')} danger busy={busy}
        onCancel={() => setRevoking(null)} onConfirm={() => void revoke()} />
    </>
  );
}
