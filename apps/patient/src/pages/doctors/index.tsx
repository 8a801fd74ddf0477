import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { AsyncView } from '../../components/AsyncView';
import { DoctorCard } from '../../components/DoctorCard';
import { PageRoot } from '../../components/PageRoot';
import { useAsync } from '../../hooks/useAsync';
import { useDepartment } from '../../hooks/useDepartment';
import { pick, useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { listDoctors } from '../../services/catalog';
import { usePrefs } from '../../state/prefs';
import './index.css';

/** 预约挂号 step 2: the department's doctors. */
export default function DoctorsPage() {
  const t = useT();
  const { lang } = usePrefs();
  const departmentId = useRouter().params.departmentId ?? '';
  const department = useDepartment(departmentId);
  const doctors = useAsync(() => listDoctors({ departmentId, pageSize: 50 }), [departmentId]);
  const dept = department.data;

  return (
    <PageRoot titleKey='title.doctors' testId='page-doctors'>
      {dept ? (
        <View className='xl-card doctors-dept' data-testid='doctors-department'>
          <Text className='doctors-dept__name'>{pick(lang, dept.name, dept.nameEn)}</Text>
          <Text className='doctors-dept__location'>{dept.location}</Text>
          {dept.intro ? <Text className='doctors-dept__intro'>{dept.intro}</Text> : null}
          <View className='xl-btn-ghost xl-pressable doctors-dept__waitlist' data-tap role='button' data-testid='doctors-dept-waitlist'
            onClick={() => go(PAGES.deptWaitlist, { departmentId: dept.id })}>
            {t('dw.entry')}
          </View>
          <Text className='xl-muted doctors-dept__waitlist-hint'>{t('dw.entryHint')}</Text>
        </View>
      ) : (
        <View className='doctors-spacer' />
      )}
      <AsyncView state={doctors} testId='doctors'>
        {(page) =>
          page.items.length === 0 ? (
            <Text className='doctors-empty xl-muted' data-testid='doctors-empty'>
              {t('doctors.empty')}
            </Text>
          ) : (
            <View data-testid='doctor-list'>
              <Text className='doctors-count xl-muted'>{t('doctors.count', { n: page.total })}</Text>
              {page.items.map((d) => (
                <DoctorCard key={d.id} doctor={d} />
              ))}
            </View>
          )
        }
      </AsyncView>
    </PageRoot>
  );
}
