import { Image, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { ReactNode } from 'react';
import { doctorTitleNames } from '@xinglin/contracts';
import { AsyncView } from '../../components/AsyncView';
import { PageRoot } from '../../components/PageRoot';
import { useAsync } from '../../hooks/useAsync';
import { useT } from '../../i18n';
import { getDoctor } from '../../services/catalog';
import { assetUrl } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { GrantCard } from './GrantCard';
import { Schedule } from './Schedule';
import './index.css';

/** A doctor's page: header, 号源 (date strip + slots), record grant, specialties and intro. */
export default function DoctorPage() {
  const t = useT();
  const { lang } = usePrefs();
  const id = useRouter().params.id ?? '';
  const state = useAsync(() => getDoctor(id), [id]);
  return (
    <PageRoot titleKey='title.doctor' testId='page-doctor' navTone='brand'>
      <AsyncView state={state} testId='doctor'>
        {(d) => (
          <>
            <View className='doctor-head'>
              <Image className='doctor-head__avatar' src={assetUrl(d.avatarUrl)} mode='aspectFill' />
              <View className='doctor-head__main'>
                <Text className='doctor-head__name' data-testid='doctor-name'>{d.name}</Text>
                <Text className='doctor-head__title'>
                  {lang === 'en' ? doctorTitleNames[d.title].en : doctorTitleNames[d.title].zh}
                </Text>
                <Text className='doctor-head__dept'>{d.departmentName}</Text>
              </View>
            </View>
            <Schedule doctor={d} />
            <GrantCard doctor={d} />
            <Section title={t('doctor.specialties')}>
              <View className='doctor-tags'>
                {d.specialties.map((s) => <Text key={s} className='xl-tag'>{s}</Text>)}
              </View>
            </Section>
            {d.diseases.length > 0 ? (
              <Section title={t('doctor.diseases')}>
                <Text className='doctor-text'>{d.diseases.join('、')}</Text>
              </Section>
            ) : null}
            {d.intro ? (
              <Section title={t('doctor.intro')}>
                <Text className='doctor-text'>{d.intro}</Text>
              </Section>
            ) : null}
          </>
        )}
      </AsyncView>
    </PageRoot>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View className='xl-card doctor-section'>
      <Text className='doctor-section__title'>{title}</Text>
      {children}
    </View>
  );
}
