import { Text, View } from '@tarojs/components';
import type { DayAvailability, PatientSummary, SexRestriction } from '@xinglin/contracts';
import type { ReactNode } from 'react';
import { type Translate, useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { chinaDate, weekday } from '../../utils/china-time';
import './shared.css';

/** Pieces shared by the 体检 and 疫苗 pages: restriction tags, the 14-day picker, the patient chooser. */

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

export const placesIn = (days: DayAvailability[]) => days.reduce((n, d) => n + d.remaining, 0);

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
    <View className='xl-card ex-section' data-testid='ex-days'>
      <Text className='ex-label'>{t('exams.step.date')}</Text>
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
    </View>
  );
}

interface PatientPickProps {
  patients: readonly PatientSummary[] | null;
  value: string | null;
  onChange: (id: string) => void;
}

export const canBook = (p: PatientSummary) => p.verificationLevel >= 2;

/** 就诊人: one large row each; those below 实名 L2 are greyed with the reason. Signed out: a way to sign in. */
export function PatientPick({ patients, value, onChange }: PatientPickProps) {
  const t = useT();
  if (patients === null) {
    return (
      <View className='xl-card ex-section'>
        <Text className='xl-muted'>{t('exams.needLogin')}</Text>
        <View className='xl-link xl-pressable' data-tap data-testid='ex-login' onClick={() => go(PAGES.login)}>{t('exams.login')}</View>
      </View>
    );
  }
  return (
    <View className='xl-card ex-section' role='radiogroup' data-testid='ex-patients'>
      <Text className='ex-label'>{t('exams.step.patient')}</Text>
      {patients.length === 0 ? <Text className='xl-muted'>{t('exams.patient.none')}</Text> : null}
      {patients.map((p) => {
        const ok = canBook(p);
        const active = p.id === value;
        return (
          <View key={p.id} data-tap role='radio' aria-checked={active} aria-disabled={!ok} data-testid='ex-patient' data-patient-id={p.id}
            className={`ex-patient${ok ? ' xl-pressable' : ' is-disabled'}${active ? ' is-active' : ''}`}
            onClick={ok ? () => onChange(p.id) : undefined}>
            <View className='ex-patient__radio' />
            <View className='ex-patient__main'>
              <Text className='ex-patient__name'>{p.name}</Text>
              <Text className='xl-muted'>{ok ? t(`relation.${p.relation}`) : t('exams.patient.notVerified')}</Text>
            </View>
          </View>
        );
      })}
      <View className='xl-link xl-pressable' data-tap onClick={() => go(PAGES.family)}>{t('exams.patient.add')}</View>
    </View>
  );
}

export function Row({ label, strong = false, children }: { label: string; strong?: boolean; children: ReactNode }) {
  return (
    <View className='ex-row'>
      <Text className='ex-row__label'>{label}</Text>
      <Text className={`ex-row__value${strong ? ' is-strong' : ''}`}>{children}</Text>
    </View>
  );
}

/** After booking: what was booked and the 15-minute hold. */
export function BookedResult({ rows }: { rows: { label: string; value: string }[] }) {
  const t = useT();
  return (
    <View className='xl-card ex-section ex-result' data-testid='ex-result'>
      <Text className='ex-result__title'>{t('exams.result.title')}</Text>
      {rows.map((r) => <Row key={r.label} label={r.label}>{r.value}</Row>)}
      <Text className='xl-notice ex-result__hold'>{t('exams.result.hold')}</Text>
      <View className='xl-btn-ghost xl-pressable' data-tap data-testid='ex-result-mine' role='button' onClick={() => go(PAGES.examsMine)}>
        {t('exams.result.mine')}
      </View>
    </View>
  );
}
