import { Text, View } from '@tarojs/components';
import { type HealthRecord, bloodTypeSchema } from '@xinglin/contracts';
import { useState } from 'react';
import { ChoiceChips } from '../../components/ChoiceChips';
import { FormField } from '../../components/FormField';
import { Button } from '../../components/nut';
import { type MessageKey, useT } from '../../i18n';
import { saveRecord } from '../../services/records';
import { RequestError, errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { toast } from '../../utils/toast';
import { ChipsInput } from './ChipsInput';
import { type DraftErrors, LIST_FIELDS, type RecordDraft, fromDraft, toDraft } from './record-form';

interface Props {
  patientId: string;
  record: HealthRecord;
  onSaved: (record: HealthRecord) => void;
  onCancel: () => void;
  onReload: () => void;
}

const LIST_LABELS: Record<(typeof LIST_FIELDS)[number], MessageKey> = {
  allergies: 'record.allergies', chronicConditions: 'record.chronicConditions', medications: 'record.medications' };

/** Edits the record; saves with the version it started from and offers 重新加载 on a conflict. */
export function RecordEdit({ patientId, record, onSaved, onCancel, onReload }: Props) {
  const t = useT();
  const { lang } = usePrefs();
  const [draft, setDraft] = useState<RecordDraft>(() => toDraft(record));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [failure, setFailure] = useState<{ message: string; conflict: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<RecordDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const err = (k: keyof RecordDraft) => (errors[k] ? t(errors[k]) : null);
  const decimal = (v: string) => v.replace(/[^\d.]/g, '').slice(0, 6);

  const save = async () => {
    setFailure(null);
    const checked = fromDraft(draft, record.version);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    if (busy) return;
    setBusy(true);
    try {
      onSaved(await saveRecord(patientId, checked.body));
      toast(t('record.saved'));
    } catch (e) {
      const conflict = e instanceof RequestError && e.code === 'RECORD_VERSION_CONFLICT';
      setFailure({ message: errorMessage(e, lang), conflict });
    } finally {
      setBusy(false);
    }
  };

  return (
    <View data-testid='record-edit-form'>
      <View className='xl-card'>
        <FormField label={t('record.heightCm')} testId='record-edit-height' type='digit' maxLength={6}
          value={draft.heightCm} placeholder={t('record.ph.height')} onChange={(v) => set({ heightCm: decimal(v) })}
          error={err('heightCm')} />
        <FormField label={t('record.weightKg')} testId='record-edit-weight' type='digit' maxLength={6}
          value={draft.weightKg} placeholder={t('record.ph.weight')} onChange={(v) => set({ weightKg: decimal(v) })}
          error={err('weightKg')} />
        <View className='rec-edit__blood'>
          <Text className='rec-chipsin__label'>{t('record.bloodType')}</Text>
          <ChoiceChips testId='record-edit-blood' value={draft.bloodType} onChange={(bloodType) => set({ bloodType })}
            options={bloodTypeSchema.options.map((b) => ({ value: b, label: t(`record.blood.${b}`) }))} />
        </View>
        <FormField label={t('record.address')} testId='record-edit-address' maxLength={200} value={draft.address}
          placeholder={t('record.ph.address')} onChange={(address) => set({ address })} error={err('address')} />
      </View>
      <View className='xl-card'>
        {LIST_FIELDS.map((k) => (
          <ChipsInput key={k} label={t(LIST_LABELS[k])} testId={`record-edit-${k}`} items={draft[k]}
            onChange={(items) => set({ [k]: items })} error={err(k)} />
        ))}
      </View>
      <View className='xl-card'>
        <FormField multiline label={t('record.pastHistory')} testId='record-edit-past' maxLength={2000}
          value={draft.pastHistory} placeholder={t('record.ph.past')} onChange={(pastHistory) => set({ pastHistory })}
          error={err('pastHistory')} />
        <FormField multiline label={t('record.familyHistory')} testId='record-edit-family' maxLength={2000}
          value={draft.familyHistory} placeholder={t('record.ph.family')}
          onChange={(familyHistory) => set({ familyHistory })} error={err('familyHistory')} />
      </View>
      {failure ? (
        <View className='xl-card rec-failure' data-testid='record-save-error' data-conflict={failure.conflict}>
          <Text className='rec-failure__text'>{failure.message}</Text>
          {failure.conflict ? (
            <View className='xl-link xl-pressable rec-failure__reload' data-testid='record-reload' data-tap onClick={onReload}>
              {t('record.reload')}
            </View>
          ) : null}
        </View>
      ) : null}
      <View className='rec-actions rec-actions--split'>
        <View className='xl-btn-ghost xl-pressable rec-actions__half' data-testid='record-edit-cancel' data-tap role='button' onClick={onCancel}>
          {t('common.cancel')}
        </View>
        <Button className='rec-actions__half' type='primary' size='large' loading={busy} data-testid='record-save' data-tap onClick={() => void save()}>
          {t('record.save')}
        </Button>
      </View>
    </View>
  );
}
