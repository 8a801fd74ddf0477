import { Text, View } from '@tarojs/components';
import { useT } from '../../i18n';
import { dayName } from './dept-waitlist-model';

interface Props {
  days: readonly string[];
  selected: readonly string[];
  onToggle: (date: string) => void;
}

/** The next two weeks as large multi-select chips: 今天 / 明天 / 周X over MM-DD. */
export function DayPicker({ days, selected, onToggle }: Props) {
  const t = useT();
  const [today = '', tomorrow = ''] = days;
  return (
    <View className='dw-days' role='group' data-testid='dw-days'>
      {days.map((d) => {
        const on = selected.includes(d);
        const name = dayName(d, today, tomorrow);
        return (
          <View key={d} className={`dw-day xl-pressable${on ? ' is-active' : ''}`} data-tap role='checkbox'
            aria-checked={on} data-testid='dw-day' data-date={d} onClick={() => onToggle(d)}>
            <Text className='dw-day__name'>{t(name === 'today' ? 'sched.today' : name === 'tomorrow' ? 'dw.tomorrow' : name)}</Text>
            <Text className='dw-day__date'>{d.slice(5)}</Text>
          </View>
        );
      })}
    </View>
  );
}
