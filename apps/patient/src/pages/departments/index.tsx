import { Text, View } from '@tarojs/components';
import { AsyncView } from '../../components/AsyncView';
import { PageRoot } from '../../components/PageRoot';
import { useAsync } from '../../hooks/useAsync';
import { pick, useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { listDepartments } from '../../services/catalog';
import { usePrefs } from '../../state/prefs';
import { groupDepartments } from './group';
import './index.css';

/** 预约挂号 step 1: choose a department (grouped: 内科, 外科, …). */
export default function DepartmentsPage() {
  const t = useT();
  const { lang } = usePrefs();
  const state = useAsync(listDepartments, []);
  return (
    <PageRoot titleKey='title.departments' testId='page-departments'>
      <View className='dept-top' />
      <AsyncView state={state} testId='departments'>
        {(departments) => {
          const groups = groupDepartments(departments);
          if (groups.length === 0) return <Text className='dept-empty xl-muted'>{t('dept.empty')}</Text>;
          return groups.map((g) => (
            <View key={g.name} className='dept-group' data-testid='department-group'>
              <Text className='dept-group__name'>{pick(lang, g.name, g.nameEn)}</Text>
              <View className='xl-card dept-list'>
                {g.items.map((d) => (
                  <View
                    key={d.id}
                    className='xl-row dept-row xl-pressable'
                    data-testid='department-row'
                    data-department-id={d.id}
                    data-tap
                    onClick={() => go(PAGES.doctors, { departmentId: d.id })}
                  >
                    <View className='xl-row__main'>
                      <Text className='xl-row__title dept-row__name'>{pick(lang, d.name, d.nameEn)}</Text>
                      <Text className='xl-muted dept-row__meta'>
                        {d.location} · {t('dept.doctors', { n: d.doctorCount })}
                      </Text>
                    </View>
                    <View className='xl-chevron' />
                  </View>
                ))}
              </View>
            </View>
          ));
        }}
      </AsyncView>
    </PageRoot>
  );
}
