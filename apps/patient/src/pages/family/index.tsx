import { Text, View } from '@tarojs/components';
import type { PatientSummary } from '@xinglin/contracts';
import { useState } from 'react';
import familyImage from '../../assets/empty/family.png';
import { AsyncView } from '../../components/AsyncView';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { Button } from '../../components/nut';
import { PageRoot } from '../../components/PageRoot';
import { usePatients } from '../../hooks/usePatients';
import { useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { removePatient } from '../../services/patients';
import { errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { toast } from '../../utils/toast';
import { PatientCard } from './PatientCard';
import './index.css';

/** 就诊人管理: self and family, each with level, masked numbers, 就诊卡 and 健康档案; add and remove. */
export default function FamilyPage() {
  const t = useT();
  const { lang } = usePrefs();
  const patients = usePatients();
  const [removing, setRemoving] = useState<PatientSummary | null>(null);
  const [busy, setBusy] = useState(false);

  const confirmRemove = async () => {
    if (!removing) return;
    setBusy(true);
    try {
      await removePatient(removing.id);
      toast(t('family.removed'));
      patients.reload();
    } catch (err) {
      toast(errorMessage(err, lang));
    } finally {
      setBusy(false);
      setRemoving(null);
    }
  };

  return (
    <PageRoot titleKey='title.family' testId='page-family'>
      <AsyncView state={patients} testId='family'>
        {(list) => {
          if (!list) {
            return <EmptyState image={familyImage} title={t('me.entry.needLogin')} actionText={t('me.guest')}
              onAction={() => go(PAGES.login)} testId='family-login' />;
          }
          const full = list.items.length >= list.limit;
          const hasSelf = list.items.some((p) => p.isSelf);
          return (
            <>
              <View className='fam-head'>
                <Text className='fam-head__count' data-testid='family-count'>
                  {t('family.count', { n: list.items.length, max: list.limit })}
                </Text>
                <Text className='fam-head__audit' data-testid='family-audit-note'>{t('family.revealNote')}</Text>
              </View>
              {!hasSelf ? (
                <View className='xl-card fam-needself' data-testid='family-needself'>
                  <View className='fam-needself__main'>
                    <Text className='fam-needself__title'>{t('family.needSelfTitle')}</Text>
                    <Text className='xl-muted'>{t('family.needSelfBody')}</Text>
                  </View>
                  <View className='xl-link xl-pressable fam-needself__go' data-testid='family-needself-go' data-tap
                    onClick={() => go(PAGES.realname)}>
                    {t('family.needSelfAction')}
                  </View>
                </View>
              ) : null}
              <View data-testid='family-list'>
                {list.items.map((p) => (
                  <PatientCard key={p.id} patient={p} onChanged={patients.reload} onRemove={setRemoving} />
                ))}
              </View>
              <View className='fam-footer-space' />
              <View className='fam-footer'>
                {full ? <Text className='fam-footer__full xl-muted'>{t('family.full', { max: list.limit })}</Text> : null}
                <Button type='primary' size='large' block disabled={full} data-testid='family-add' data-tap
                  onClick={() => go(PAGES.familyAdd)}>
                  {t('family.add')}
                </Button>
              </View>
            </>
          );
        }}
      </AsyncView>
      <ConfirmDialog
        open={removing !== null}
        title={t('family.removeTitle')}
        body={removing ? t('family.removeBody', { name: removing.name }) : undefined}
        confirmText={t('family.remove')}
        danger
        busy={busy}
        onCancel={() => setRemoving(null)}
        onConfirm={() => void confirmRemove()}
      />
    </PageRoot>
  );
}
