import { Text, View } from '@tarojs/components';
import { AsyncView } from '../../components/AsyncView';
import { useAsync } from '../../hooks/useAsync';
import { type MessageKey, type Translate, useT } from '../../i18n';
import { listRecordAccess, listRecordVersions } from '../../services/records';
import { formatDateTime } from '../../utils/format';

const FIELD_LABELS: Record<string, MessageKey> = {
  heightCm: 'record.heightCm', weightKg: 'record.weightKg', bloodType: 'record.bloodType', address: 'record.address',
  pastHistory: 'record.pastHistory', allergies: 'record.allergies', chronicConditions: 'record.chronicConditions',
  medications: 'record.medications', familyHistory: 'record.familyHistory',
};
const known = (t: Translate, map: Record<string, MessageKey>, key: string) => (map[key] ? t(map[key]) : key);

/** 修改记录: each saved version, who changed it and which fields. */
export function Versions({ patientId }: { patientId: string }) {
  const t = useT();
  const state = useAsync(() => listRecordVersions(patientId).then((r) => r.items), [patientId]);
  return (
    <AsyncView state={state} testId='record-versions'>
      {(items) => (
        <View className='xl-card rec-log' data-testid='record-versions'>
          {items.length === 0 ? <Text className='rec-empty rec-log__empty'>{t('record.versionsEmpty')}</Text> : null}
          {items.map((v) => (
            <View key={v.version} className='rec-log__item' data-testid='record-version'>
              <View className='rec-log__head'>
                <Text className='rec-log__title'>{t('record.version', { v: v.version })}</Text>
                <Text className='rec-log__time'>{formatDateTime(v.changedAt)}</Text>
              </View>
              <Text className='rec-log__line'>{t('record.changedBy', { who: v.changedBy })}</Text>
              <Text className='rec-log__line'>
                {t('record.changedFields', { fields: v.fields.map((f) => known(t, FIELD_LABELS, f)).join('、') })}
              </Text>
            </View>
          ))}
        </View>
      )}
    </AsyncView>
  );
}

const ROLE_LABELS: Record<string, MessageKey> = {
  doctor: 'role.doctor', pharmacist: 'role.pharmacist', admin: 'role.admin', auditor: 'role.auditor', patient: 'role.patient' };
const ACTION_LABELS: Record<string, MessageKey> = { read: 'record.action.read', update: 'record.action.update' };

/** 谁看过我的档案: every staff access to the record, newest first. */
export function AccessLog({ patientId }: { patientId: string }) {
  const t = useT();
  const state = useAsync(() => listRecordAccess(patientId).then((r) => r.items), [patientId]);
  return (
    <>
      <Text className='rec-hint'>{t('record.accessHint')}</Text>
      <AsyncView state={state} testId='record-access'>
        {(items) => (
          <View className='xl-card rec-log' data-testid='record-access'>
            {items.length === 0 ? <Text className='rec-empty rec-log__empty'>{t('record.accessEmpty')}</Text> : null}
            {items.map((a, i) => (
              <View key={`${a.at}-${i}`} className='rec-log__item' data-testid='record-access-item'>
                <View className='rec-log__head'>
                  <Text className='rec-log__title'>
                    {a.staffName} · {known(t, ROLE_LABELS, a.role)}
                  </Text>
                  <Text className={`rec-outcome rec-outcome--${a.outcome}`}>{t(`record.outcome.${a.outcome}`)}</Text>
                </View>
                <Text className='rec-log__line'>
                  {[a.department, known(t, ACTION_LABELS, a.action)].filter(Boolean).join(' · ')}
                </Text>
                {a.purpose ? <Text className='rec-log__line'>{t('record.purpose', { p: a.purpose })}</Text> : null}
                <Text className='rec-log__time'>{formatDateTime(a.at)}</Text>
              </View>
            ))}
          </View>
        )}
      </AsyncView>
    </>
  );
}
