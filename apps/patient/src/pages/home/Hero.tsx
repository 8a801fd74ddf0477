import { Text, View } from '@tarojs/components';
import type { Hospital } from '@xinglin/contracts';
import { pick, useT } from '../../i18n';
import { usePrefs } from '../../state/prefs';

/** English for the national hospital grades (the API sends the Chinese grade only). */
const LEVELS_EN: Record<string, string> = {
  三级甲等: 'Grade 3A Hospital',
  三级乙等: 'Grade 3B Hospital',
  二级甲等: 'Grade 2A Hospital',
};

/** Hospital name, level and campus on a calm brand band. */
export function Hero({ hospital }: { hospital: Hospital | undefined }) {
  const { lang } = usePrefs();
  const t = useT();
  const campus = hospital?.campuses[0];
  return (
    <View className='home-hero' data-testid='home-hero'>
      <View className='home-hero__brand'>
        <View className='home-hero__logo'>
          <Text>杏</Text>
        </View>
        <View className='home-hero__names'>
          <Text className='home-hero__name' data-testid='hospital-name'>
            {hospital ? pick(lang, hospital.name, hospital.nameEn) : t('title.home')}
          </Text>
          {hospital ? (
            <Text className='home-hero__level'>{pick(lang, hospital.level, LEVELS_EN[hospital.level])}</Text>
          ) : null}
        </View>
      </View>
      {campus ? (
        <View className='home-hero__campus' data-testid='hospital-campus'>
          <Text className='home-hero__campus-name'>{pick(lang, campus.name, campus.nameEn)}</Text>
          <Text className='home-hero__address'>{campus.address}</Text>
        </View>
      ) : null}
    </View>
  );
}
