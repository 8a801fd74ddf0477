import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useMemo, useState } from 'react';
import emptyImage from '../../assets/empty/visits.png';
import { AsyncView } from '../../components/AsyncView';
import { ChoiceChips } from '../../components/ChoiceChips';
import { EmptyState } from '../../components/EmptyState';
import { Button } from '../../components/nut';
import { PageRoot } from '../../components/PageRoot';
import { useDepartment } from '../../hooks/useDepartment';
import { usePatients } from '../../hooks/usePatients';
import { pick, useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { joinWaitlist } from '../../services/booking-extras';
import { errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { chinaDate } from '../../utils/china-time';
import { toast } from '../../utils/toast';
import { canBook } from '../booking-confirm/PatientChooser';
import { DayPicker } from './DayPicker';
import { MAX_DAYS, joinProblem, nextDays, stillAhead, toggleDay } from './dept-waitlist-model';
import './index.css';

/**
 * 候补本科室: wait for any doctor of a department on chosen days. The server offers each freed place of those
 * days to the line in order and holds it for the patient; the entry then shows in 我的候补 with its position.
 */
export default function DeptWaitlistPage() {
  const t = useT();
  const { lang } = usePrefs();
  const departmentId = useRouter().params.departmentId ?? '';
  const department = useDepartment(departmentId);
  const patients = usePatients();
  const days = useMemo(() => nextDays(Date.now()), []);
  const [chosenPatient, setChosenPatient] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const verified = (patients.data?.items ?? []).filter(canBook);
  const patientId = chosenPatient ?? verified.find((p) => p.isSelf)?.id ?? verified[0]?.id ?? null;
  const problem = joinProblem(patientId, selected);

  const toggle = (date: string) => {
    const next = toggleDay(selected, date, MAX_DAYS);
    if (next.refused) toast(t('dw.tooMany', { max: MAX_DAYS }));
    setSelected(next.days);
  };

  const submit = async () => {
    setTried(true);
    const dates = stillAhead(selected, chinaDate(0));
    if (busy || !patientId || joinProblem(patientId, dates)) return;
    setBusy(true);
    setError(null);
    try {
      const entry = await joinWaitlist({ patientId, departmentId, dates });
      toast(entry.position ? t('dw.joined', { n: entry.position }) : t('waitlist.joinedNoPos'));
      // 我的候补 replaces this form, so 返回 does not lead back to a form already sent.
      Taro.redirectTo({ url: PAGES.waitlist }).catch(() => undefined);
    } catch (err) {
      setError(errorMessage(err, lang)); // the server's own words (messageZh / messageEn)
    } finally {
      setBusy(false);
    }
  };

  const dept = department.data;
  return (
    <PageRoot titleKey='title.deptWaitlist' testId='page-dept-waitlist'>
      <View className='xl-card dw-head' data-testid='dw-department'>
        <Text className='dw-head__name'>{dept ? pick(lang, dept.name, dept.nameEn) : ' '}</Text>
        {dept?.location ? <Text className='dw-head__location'>{dept.location}</Text> : null}
        <Text className='dw-head__intro'>{t('dw.intro')}</Text>
      </View>
      <AsyncView state={patients} testId='dw-patients'>
        {(list) => {
          if (list === null) {
            return <EmptyState image={emptyImage} title={t('visits.needLogin')} actionText={t('visits.login')}
              onAction={() => go(PAGES.login)} testId='dw-login' />;
          }
          return (
            <>
              <View className='xl-card dw-section'>
                <Text className='dw-section__label'>{t('dw.patient')}</Text>
                {verified.length === 0 ? (
                  <View className='xl-notice dw-note' data-testid='dw-no-patient'>
                    <Text>{t('dw.noPatient')}</Text>
                    <View className='xl-link xl-pressable' data-tap onClick={() => go(PAGES.family)}>{t('dw.toFamily')}</View>
                  </View>
                ) : (
                  <ChoiceChips testId='dw-patient' value={patientId} onChange={setChosenPatient}
                    options={verified.map((p) => ({ value: p.id, label: `${p.name} · ${t(`relation.${p.relation}`)}` }))} />
                )}
              </View>
              <View className='xl-card dw-section'>
                <Text className='dw-section__label'>{t('dw.days')}</Text>
                <Text className='xl-muted dw-section__hint' data-testid='dw-days-count'>
                  {t('dw.daysHint', { max: MAX_DAYS, n: selected.length })}
                </Text>
                <DayPicker days={days} selected={selected} onToggle={toggle} />
              </View>
              <View className='dw-actions'>
                {error ? <Text className='xl-error dw-note' data-testid='dw-error'>{error}</Text> : null}
                {tried && problem ? <Text className='xl-error dw-note' data-testid='dw-problem'>{t(`dw.need.${problem}`)}</Text> : null}
                <Button type='primary' size='large' block loading={busy} disabled={verified.length === 0}
                  data-testid='dw-submit' data-tap onClick={() => void submit()}>
                  {t('dw.submit')}
                </Button>
              </View>
            </>
          );
        }}
      </AsyncView>
    </PageRoot>
  );
}
