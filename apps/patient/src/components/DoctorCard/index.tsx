import { Image, Text, View } from '@tarojs/components';
import { type Doctor, doctorTitleNames } from '@xinglin/contracts';
import { PAGES, go } from '../../routes';
import { assetUrl } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import './index.css';

interface Props {
  doctor: Doctor;
  /** How many specialty tags to show. */
  maxTags?: number;
}

/** A doctor in a list: avatar, name, title, department and specialties; opens the doctor page. */
export function DoctorCard({ doctor, maxTags = 3 }: Props) {
  const { lang } = usePrefs();
  const title = doctorTitleNames[doctor.title];
  return (
    <View
      className='xl-doctor xl-card xl-pressable'
      data-testid='doctor-card'
      data-tap
      onClick={() => go(PAGES.doctor, { id: doctor.id })}
    >
      <Image className='xl-doctor__avatar' src={assetUrl(doctor.avatarUrl)} mode='aspectFill' lazyLoad />
      <View className='xl-doctor__main'>
        <View className='xl-doctor__head'>
          <Text className='xl-doctor__name'>{doctor.name}</Text>
          <Text className='xl-doctor__title'>{lang === 'en' ? title.en : title.zh}</Text>
        </View>
        <Text className='xl-doctor__dept'>{doctor.departmentName}</Text>
        <View className='xl-doctor__tags'>
          {doctor.specialties.slice(0, maxTags).map((s) => (
            <Text key={s} className='xl-tag'>
              {s}
            </Text>
          ))}
        </View>
      </View>
      <View className='xl-chevron' />
    </View>
  );
}
