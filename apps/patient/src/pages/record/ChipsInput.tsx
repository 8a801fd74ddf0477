import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { useT } from '../../i18n';

interface Props {
  label: string;
  testId: string;
  items: string[];
  onChange: (items: string[]) => void;
  error?: string | null;
}

/** A list as chips (过敏史, 慢性病, 长期用药): type one item and 添加; tap × on a chip to remove it. */
export function ChipsInput({ label, testId, items, onChange, error }: Props) {
  const t = useT();
  const [text, setText] = useState('');
  const add = () => {
    const item = text.trim();
    if (!item) return;
    if (!items.includes(item)) onChange([...items, item]);
    setText('');
  };
  return (
    <View className={`rec-chipsin${error ? ' has-error' : ''}`} data-testid={testId}>
      <Text className='rec-chipsin__label'>{label}</Text>
      {items.length ? (
        <View className='rec-chips'>
          {items.map((item) => (
            <View key={item} className='rec-chip rec-chip--edit xl-pressable' data-tap role='button'
              aria-label={`${t('record.chipRemove')} ${item}`} onClick={() => onChange(items.filter((i) => i !== item))}>
              <Text>{item}</Text>
              <Text className='rec-chip__x'>×</Text>
            </View>
          ))}
        </View>
      ) : null}
      <View className='rec-chipsin__row'>
        <Input className='rec-chipsin__input' data-testid={`${testId}-input`} value={text} maxlength={100}
          placeholder={t('record.ph.chip')} placeholderClass='xl-field__placeholder' confirmType='done'
          onInput={(e) => setText(e.detail.value)} onConfirm={add} onBlur={add} />
        <View className='rec-chipsin__add xl-pressable' data-testid={`${testId}-add`} data-tap role='button' onClick={add}>
          {t('record.chipAdd')}
        </View>
      </View>
      {error ? <Text className='xl-field__error'>{error}</Text> : null}
    </View>
  );
}
