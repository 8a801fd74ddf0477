import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { type ClinicSession, type Doctor, registrationLevelNames } from '@xinglin/contracts';
import { AsyncView } from '../../components/AsyncView';
import { useAsync } from '../../hooks/useAsync';
import { type MessageKey, useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { listSessions } from '../../services/booking';
import { usePrefs } from '../../state/prefs';
import { chinaDate, chinaMonthDayTime, chinaTime, weekday, yuan } from '../../utils/china-time';
import { byPeriod, dayState } from './schedule-model';
import { WaitlistJoin } from './WaitlistJoin';

const DAYS = 7;

/** 号源: a 7-day date strip and, for the chosen day, the sessions with their 30-minute slots. */
export function Schedule({ doctor }: { doctor: Doctor }) {
  const t = useT();
  const from = chinaDate(0);
  const state = useAsync(() => listSessions(doctor.id, from, DAYS), [doctor.id, from]);
  const dates = Array.from({ length: DAYS }, (_, i) => chinaDate(i));
  const [chosen, setChosen] = useState(from);
  return (
    <View className='xl-card sched' data-testid='doctor-schedule'>
      <Text className='doctor-section__title'>{t('sched.title')}</Text>
      <AsyncView state={state} testId='doctor-schedule'>
        {(sessions) => {
          const onDay = sessions.filter((s) => s.date === chosen).sort(byPeriod);
          return (
            <>
              <View className='sched-days' data-testid='sched-days'>
                {dates.map((date, i) => {
                  const st = dayState(sessions.filter((s) => s.date === date));
                  return (
                    <View key={date} data-tap data-testid='sched-day' data-date={date} data-state={st} role='button'
                      className={`sched-day xl-pressable${date === chosen ? ' is-active' : ''} is-${st}`}
                      aria-selected={date === chosen} onClick={() => setChosen(date)}>
                      <Text className='sched-day__week'>
                        {i === 0 ? t('sched.today') : t(`week.${weekday(date)}` as MessageKey)}
                      </Text>
                      <Text className='sched-day__date'>{date.slice(5)}</Text>
                      <Text className='sched-day__state'>{t(`sched.day.${st}`)}</Text>
                    </View>
                  );
                })}
              </View>
              {onDay.length === 0 ? (
                <Text className='xl-muted sched-empty' data-testid='sched-empty'>{t('sched.noSessions')}</Text>
              ) : onDay.map((s) => <SessionBlock key={s.id} session={s} doctor={doctor} />)}
            </>
          );
        }}
      </AsyncView>
    </View>
  );
}

function SessionBlock({ session, doctor }: { session: ClinicSession; doctor: Doctor }) {
  const t = useT();
  const { lang } = usePrefs();
  const level = registrationLevelNames[session.level];
  const bookable = session.status === 'open' && session.released;
  return (
    <View className='sched-session' data-testid='sched-session' data-session-id={session.id}>
      <View className='sched-session__head'>
        <Text className='sched-session__period'>{t(`sched.period.${session.period}`)}</Text>
        <Text className='xl-tag sched-session__level'>{lang === 'en' ? level.en : level.zh}</Text>
        <Text className='sched-session__fee'>{t('sched.fee', { fee: yuan(session.feeFen) })}</Text>
      </View>
      {session.status === 'stopped' ? (
        <Text className='xl-notice sched-note'>{t('sched.stopped')}</Text>
      ) : !session.released ? (
        <Text className='xl-notice sched-note' data-testid='sched-release'>
          {t('sched.release', { time: chinaMonthDayTime(session.releaseAt) })}
        </Text>
      ) : null}
      <View className='sched-slots'>
        {session.slots.map((slot) => {
          const enabled = bookable && slot.remaining > 0;
          return (
            <View key={slot.id} data-tap data-testid='sched-slot' data-slot-id={slot.id} role='button'
              aria-disabled={!enabled} className={`sched-slot${enabled ? ' xl-pressable' : ' is-disabled'}`}
              onClick={enabled ? () => go(PAGES.bookingConfirm, { doctorId: doctor.id, date: session.date, slotId: slot.id }) : undefined}>
              <Text className='sched-slot__time'>{chinaTime(slot.startsAt)}–{chinaTime(slot.endsAt)}</Text>
              <Text className='sched-slot__left'>
                {slot.remaining > 0 ? t('sched.remaining', { n: slot.remaining }) : t('sched.full')}
              </Text>
            </View>
          );
        })}
      </View>
      {bookable && session.remaining === 0 ? <WaitlistJoin session={session} /> : null}
    </View>
  );
}
