import { Image, Text, View } from '@tarojs/components';
import { type SearchResult, doctorTitleNames } from '@xinglin/contracts';
import { pick, useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { assetUrl } from '../../services/request';
import { usePrefs } from '../../state/prefs';

type Dept = SearchResult['departments'][number];
type Doc = SearchResult['doctors'][number];

function Availability({ remaining, next }: { remaining: number; next: string | null }) {
  const t = useT();
  if (remaining > 0) return <Text className='srch-avail is-open'>{t('search.remaining', { n: remaining })}</Text>;
  return <Text className='srch-avail'>{next ? t('search.next', { date: next.slice(5) }) : t('search.full')}</Text>;
}

export function DepartmentHit({ dept }: { dept: Dept }) {
  const t = useT();
  const { lang } = usePrefs();
  return (
    <View className='xl-card srch-dept xl-pressable' data-testid='search-department' data-tap
      onClick={dept.bookable ? () => go(PAGES.doctors, { departmentId: dept.id }) : undefined}>
      <View className='srch-dept__main'>
        <View className='srch-dept__head'>
          <Text className='srch-dept__name'>{pick(lang, dept.name, dept.nameEn)}</Text>
          {dept.matchedBy === 'symptom' ? <Text className='xl-tag'>{t('search.match.symptom')}</Text> : null}
        </View>
        <Text className='xl-muted'>{dept.location}</Text>
        {dept.reason ? <Text className='srch-dept__reason'>{dept.reason}</Text> : null}
      </View>
      {dept.bookable ? <Availability remaining={dept.remaining} next={null} /> : <Text className='srch-avail'>{t('search.notBookable')}</Text>}
      {dept.bookable ? <View className='xl-chevron' /> : null}
    </View>
  );
}

export function DoctorHit({ doctor }: { doctor: Doc }) {
  const { lang } = usePrefs();
  const title = doctorTitleNames[doctor.title];
  return (
    <View className='xl-card srch-doc xl-pressable' data-testid='search-doctor' data-tap onClick={() => go(PAGES.doctor, { id: doctor.id })}>
      <Image className='srch-doc__avatar' src={assetUrl(doctor.avatarUrl)} mode='aspectFill' lazyLoad />
      <View className='srch-doc__main'>
        <View className='srch-doc__head'>
          <Text className='srch-doc__name'>{doctor.name}</Text>
          <Text className='srch-doc__title'>{lang === 'en' ? title.en : title.zh}</Text>
        </View>
        <Text className='xl-muted'>{doctor.departmentName}</Text>
        <View className='srch-doc__tags'>
          {[...doctor.diseases, ...doctor.specialties].slice(0, 3).map((s) => (
            <Text key={s} className='xl-tag'>{s}</Text>
          ))}
        </View>
      </View>
      <Availability remaining={doctor.remaining} next={doctor.nextAvailableDate} />
    </View>
  );
}
