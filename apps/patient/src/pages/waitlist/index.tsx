import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { WaitlistEntry } from '@xinglin/contracts';
import emptyImage from '../../assets/empty/visits.png';
import { AsyncView } from '../../components/AsyncView';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { PageRoot } from '../../components/PageRoot';
import { useAsync } from '../../hooks/useAsync';
import { useT } from '../../i18n';
import { PAGES, go, goTab } from '../../routes';
import { leaveWaitlist, listWaitlist } from '../../services/booking-extras';
import { errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { useSession } from '../../state/session';
import { toast } from '../../utils/toast';
import { shortDates, sortEntries } from './waitlist-model';
import './lists.css';

const TONE: Record<WaitlistEntry['status'], string> = { waiting: 'is-warn', offered: '', left: 'is-muted', expired: 'is-muted' };

/** 我的候补: each line with the patient's position, 退出候补, and the held place when one came up. */
export default function WaitlistPage() {
  const t = useT();
  const { lang } = usePrefs();
  const { account } = useSession();
  const accountId = account?.id ?? null;
  const state = useAsync(() => (accountId ? listWaitlist() : Promise.resolve(null)), [accountId]);
  const [leaving, setLeaving] = useState<WaitlistEntry | null>(null);
  const [busy, setBusy] = useState(false);

  const confirmLeave = async () => {
    if (!leaving) return;
    setBusy(true);
    try {
      await leaveWaitlist(leaving.id);
      toast(t('waitlist.left'));
      state.reload();
    } catch (err) {
      toast(errorMessage(err, lang));
    } finally {
      setBusy(false);
      setLeaving(null);
    }
  };

  return (
    <PageRoot titleKey='title.waitlist' testId='page-waitlist'>
      <AsyncView state={state} testId='waitlist'>
        {(items) => {
          if (items === null) {
            return <EmptyState image={emptyImage} title={t('visits.needLogin')} actionText={t('visits.login')}
              onAction={() => go(PAGES.login)} testId='waitlist-login' />;
          }
          if (items.length === 0) {
            return <EmptyState image={emptyImage} title={t('waitlist.empty')} hint={t('waitlist.emptyHint')}
              actionText={t('waitlist.findDoctor')} onAction={() => go(PAGES.departments)} testId='waitlist-empty' />;
          }
          return (
            <View className='bx-list' data-testid='waitlist-list'>
              {sortEntries(items).map((e) => (
                <View key={e.id} className='xl-card bx-card' data-testid='waitlist-entry' data-status={e.status}
                  data-kind={e.sessionId ? 'session' : 'department'}>
                  {/* A doctor's line is named by the doctor; a department-wide one (候补本科室) by the department. */}
                  <View className='bx-card__head'>
                    <Text className='bx-card__title'>{e.doctorName ?? e.departmentName}</Text>
                    <Text className={`bx-tag ${TONE[e.status]}`}>{t(`waitlist.status.${e.status}`)}</Text>
                  </View>
                  <Text className='bx-card__line'>{e.doctorName ? e.departmentName : t('waitlist.anyDoctor')}</Text>
                  <Text className='bx-card__line'>{t('waitlist.dates', { dates: shortDates(e.dates) })}</Text>
                  <Text className='bx-card__line'>{t('waitlist.patient', { name: e.patientName })}</Text>
                  {e.status === 'waiting' && e.position !== null ? (
                    <Text className='bx-card__strong' data-testid='waitlist-position'>{t('waitlist.position', { n: e.position })}</Text>
                  ) : null}
                  {e.status === 'offered' ? (
                    <>
                      <Text className='xl-notice bx-card__note'>{t('waitlist.offeredHint')}</Text>
                      <View className='bx-actions'>
                        <View className='xl-btn-ghost xl-pressable' data-tap role='button' data-testid='waitlist-pay'
                          onClick={() => goTab(PAGES.visits)}>
                          {t('waitlist.toVisits')}
                        </View>
                      </View>
                    </>
                  ) : null}
                  {e.status === 'waiting' ? (
                    <View className='bx-actions'>
                      <View className='xl-btn-ghost xl-pressable bx-danger' data-tap role='button' data-testid='waitlist-leave'
                        onClick={() => setLeaving(e)}>
                        {t('waitlist.leave')}
                      </View>
                    </View>
                  ) : null}
                </View>
              ))}
            </View>
          );
        }}
      </AsyncView>
      <ConfirmDialog open={leaving !== null} title={t('waitlist.leaveTitle')} body={t('waitlist.leaveBody')}
        confirmText={t('waitlist.leave')} danger busy={busy} onConfirm={() => void confirmLeave()}
        onCancel={() => setLeaving(null)} />
    </PageRoot>
  );
}
