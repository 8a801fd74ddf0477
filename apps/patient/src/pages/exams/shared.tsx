import { Text, View } from '@tarojs/components';
import type { DayAvailability, SexRestriction } from '@xinglin/contracts';
import { InfoRow } from '../../components/InfoRow';
import { Panel } from '../../components/Panel';
import type { PickerText } from '../../components/PatientPicker';
import { type Translate, useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { chinaDate, weekday, yuan } from '../../utils/china-time';
import './shared.css';

/** Pieces shared by the 体检 and 疫苗 pages: name and price, restriction tags, the 14-day picker, the result. */

export const PICKER_TEXT: PickerText = {
  title: 'exams.step.patient', none: 'exams.patient.none', notVerified: 'exams.patient.notVerified',
  manage: 'exams.patient.add', needLogin: 'exams.needLogin', login: 'exams.login',
};

export function restrictionTags(t: Translate, r: { sex: SexRestriction; ageMin: number | null; ageMax: number | null }): string[] {
  const tags = [t(`exams.sex.${r.sex}`)];
  if (r.ageMin !== null && r.ageMax !== null) tags.push(t('exams.age.range', { min: r.ageMin, max: r.ageMax }));
  else if (r.ageMin !== null) tags.push(t('exams.age.min', { min: r.ageMin }));
  else if (r.ageMax !== null) tags.push(t('exams.age.max', { max: r.ageMax }));
  return tags;
}

export function Tags({ items }: { items: string[] }) {
  return (
    <View className='ex-tags'>
      {items.map((x) => <Text key={x} className='xl-tag ex-tag'>{x}</Text>)}
    </View>
  );
}

/** The first line of a package or vaccine card: its name, and its price on the right. */
export function NamePrice({ name, priceFen }: { name: string; priceFen: number }) {
  const t = useT();
  return (
    <View className='ex-card__head'>
      <Text className='ex-card__name'>{name}</Text>
      <Text className='ex-price'>{t('exams.price', { price: yuan(priceFen) })}</Text>
    </View>
  );
}

export const placesIn = (days: DayAvailability[]) => days.reduce((n, d) => n + d.remaining, 0);

/** 近 14 天有 N 个名额 or 暂无可约日期, the last line of a list card. */
export function PlacesLine({ days }: { days: DayAvailability[] }) {
  const t = useT();
  const places = placesIn(days);
  return <Text className='ex-card__line'>{places > 0 ? t('exams.nextOpen', { n: places }) : t('exams.noDays')}</Text>;
}

interface DayPickerProps {
  days: DayAvailability[];
  value: string | null;
  onChange: (date: string) => void;
  /** Days before this cannot be chosen (e.g. a vaccine's next dose is not due yet). */
  minDate?: string | null;
}

/** Tomorrow and the 13 days after it, each with its remaining places; closed and full days are greyed. */
export function DayPicker({ days, value, onChange, minDate }: DayPickerProps) {
  const t = useT();
  const dates = Array.from({ length: 14 }, (_, i) => chinaDate(i + 1));
  return (
    <Panel title={t('exams.step.date')} data-testid='ex-days'>
      <View className='ex-days' role='radiogroup'>
        {dates.map((date) => {
          const day = days.find((d) => d.date === date);
          const open = !!day && day.remaining > 0 && (!minDate || date >= minDate);
          const active = date === value;
          const note = !day || (minDate && date < minDate) ? t('exams.day.closed') : day.remaining > 0 ? t('exams.day.left', { n: day.remaining }) : t('exams.day.full');
          return (
            <View key={date} role='radio' aria-checked={active} aria-disabled={!open} data-tap data-testid='ex-day' data-date={date}
              className={`ex-day${open ? ' xl-pressable' : ' is-disabled'}${active ? ' is-active' : ''}`}
              onClick={open ? () => onChange(date) : undefined}>
              <Text className='ex-day__week'>{t(`week.${weekday(date)}` as 'week.0')}</Text>
              <Text className='ex-day__date'>{date.slice(5)}</Text>
              <Text className='ex-day__note'>{note}</Text>
            </View>
          );
        })}
      </View>
    </Panel>
  );
}

interface Booked {
  date: string;
  patientName: string;
  priceFen: number;
}

/** After booking: what was booked (`what`), when, for whom, the fee, and the 15-minute hold. */
export function BookedResult({ what, booking }: { what: string; booking: Booked }) {
  const t = useT();
  return (
    <View className='ex-body'>
      <Panel className='ex-result' data-testid='ex-result'>
        <Text className='ex-result__title'>{t('exams.result.title')}</Text>
        <InfoRow label={t('exams.summary.what')}>{what}</InfoRow>
        <InfoRow label={t('exams.summary.date')}>{booking.date}</InfoRow>
        <InfoRow label={t('exams.summary.patient')}>{booking.patientName}</InfoRow>
        <InfoRow label={t('exams.summary.fee')}>{t('exams.price', { price: yuan(booking.priceFen) })}</InfoRow>
        <Text className='xl-notice ex-result__hold'>{t('exams.result.hold')}</Text>
        <View className='xl-btn-ghost xl-pressable' data-tap data-testid='ex-result-mine' role='button' onClick={() => go(PAGES.examsMine)}>
          {t('exams.result.mine')}
        </View>
      </Panel>
    </View>
  );
}
