import { Text, View } from '@tarojs/components';
import { useT } from '../../i18n';
import './index.css';

export interface Option<V extends string> {
  value: V;
  label: string;
}

interface Props<V extends string> {
  open: boolean;
  title: string;
  options: readonly Option<V>[];
  value: V;
  onSelect: (value: V) => void;
  onClose: () => void;
  testId: string;
}

/** A bottom sheet of large rows (one tap each), themed like the page; used for 证件类型 and similar lists. */
export function OptionSheet<V extends string>({ open, title, options, value, onSelect, onClose, testId }: Props<V>) {
  const t = useT();
  if (!open) return null;
  return (
    <View className='xl-sheet' data-testid={testId} catchMove>
      <View className='xl-sheet__mask' onClick={onClose} />
      <View className='xl-sheet__panel' role='radiogroup'>
        <Text className='xl-sheet__title'>{title}</Text>
        {options.map((o) => (
          <View
            key={o.value}
            className={`xl-sheet__row xl-pressable${o.value === value ? ' is-active' : ''}`}
            data-testid={`${testId}-${o.value}`}
            data-tap
            role='radio'
            aria-checked={o.value === value}
            onClick={() => onSelect(o.value)}
          >
            <Text className='xl-sheet__label'>{o.label}</Text>
            {o.value === value ? <View className='xl-sheet__check' /> : null}
          </View>
        ))}
        <View className='xl-sheet__cancel xl-pressable' data-tap role='button' onClick={onClose}>
          {t('common.cancel')}
        </View>
      </View>
    </View>
  );
}
