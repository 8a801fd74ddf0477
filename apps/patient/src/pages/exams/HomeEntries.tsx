import { Text, View } from '@tarojs/components';
import { useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import './shared.css';

/** Two entries on 首页 below the tiles: 体检预约 and 疫苗接种. */
export function HomeEntries() {
  const t = useT();
  return (
    <View className='ex-entries' data-testid='home-exam-entries'>
      <View className='xl-card ex-entry xl-pressable' data-tap role='button' data-testid='home-exams' onClick={() => go(PAGES.exams)}>
        <Text className='ex-entry__title'>{t('exams.entry.exams')}</Text>
        <Text className='ex-entry__sub'>{t('exams.entry.exams.sub')}</Text>
      </View>
      <View className='xl-card ex-entry xl-pressable' data-tap role='button' data-testid='home-vaccines' onClick={() => go(PAGES.vaccines)}>
        <Text className='ex-entry__title'>{t('exams.entry.vaccines')}</Text>
        <Text className='ex-entry__sub'>{t('exams.entry.vaccines.sub')}</Text>
      </View>
    </View>
  );
}
