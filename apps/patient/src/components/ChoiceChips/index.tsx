import { View } from '@tarojs/components';
import type { Option } from '../OptionSheet';
import './index.css';

interface Props<V extends string> {
  options: readonly Option<V>[];
  value: V | null;
  onChange: (value: V) => void;
  testId: string;
}

/** A single-choice row of large chips (与您的关系, 血型). */
export function ChoiceChips<V extends string>({ options, value, onChange, testId }: Props<V>) {
  return (
    <View className='xl-choices' role='radiogroup' data-testid={testId}>
      {options.map((o) => (
        <View
          key={o.value}
          className={`xl-choice xl-pressable${o.value === value ? ' is-active' : ''}`}
          data-testid={`${testId}-${o.value}`}
          data-tap
          role='radio'
          aria-checked={o.value === value}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </View>
      ))}
    </View>
  );
}
