import { Text, View } from '@tarojs/components';
import { AsyncView } from '../../components/AsyncView';
import { DoctorCard } from '../../components/DoctorCard';
import { PageRoot } from '../../components/PageRoot';
import { useAsync } from '../../hooks/useAsync';
import { useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { getHospital, listDoctors } from '../../services/catalog';
import { Hero } from './Hero';
import { Tiles } from './Tiles';
import { HomeEntries } from '../exams/HomeEntries';
import './index.css';

export default function HomePage() {
  const t = useT();
  const hospital = useAsync(getHospital, []);
  const featured = useAsync(() => listDoctors({ title: 'chief', pageSize: 3 }), []);

  return (
    <PageRoot titleKey='title.home' testId='page-home' tab navTone='brand'>
      <Hero hospital={hospital.data} />
      <Tiles />
      <HomeEntries />
      <View className='home-search xl-pressable' data-testid='home-search' data-tap role='search' onClick={() => go(PAGES.search)}>
        <Text className='home-search__text'>{t('home.search')}</Text>
      </View>
      <View className='xl-card home-notice' data-testid='home-notice'>
        <Text className='home-notice__title'>{t('home.notice.title')}</Text>
        <Text className='home-notice__body'>{t('home.notice.body')}</Text>
      </View>
      <View className='xl-section-head'>
        <Text className='xl-section-title'>{t('home.featured')}</Text>
        <View
          className='xl-link xl-pressable'
          data-testid='home-all-departments'
          data-tap
          onClick={() => go(PAGES.departments)}
        >
          {t('common.viewAll')}
        </View>
      </View>
      <AsyncView state={featured} testId='home-featured'>
        {(page) => (
          <View data-testid='home-featured'>
            {page.items.map((d) => (
              <DoctorCard key={d.id} doctor={d} maxTags={2} />
            ))}
          </View>
        )}
      </AsyncView>
      <View className='home-bottom-space' />
    </PageRoot>
  );
}
