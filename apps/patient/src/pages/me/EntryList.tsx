import { Image, Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { type MessageKey, useT } from '../../i18n';

export interface EntryItem {
  /** The row is `me-${id}` for tests. */
  id: string;
  icon: string;
  title: MessageKey;
  hint: MessageKey;
  /** Shown on the right before the chevron (a level badge, a count). */
  value?: ReactNode;
  open: () => void;
}

interface Props {
  title: MessageKey;
  testId: string;
  items: EntryItem[];
}

/** A titled card of 我的 entry rows: icon, title with a hint underneath, an optional value, chevron. */
export function EntryList({ title, testId, items }: Props) {
  const t = useT();
  return (
    <>
      <View className='xl-section-head'>
        <Text className='xl-section-title'>{t(title)}</Text>
      </View>
      <View className='xl-card me-entries' data-testid={testId}>
        {items.map((e) => (
          <View key={e.id} className='xl-row me-entry xl-pressable' data-testid={`me-${e.id}`} data-tap onClick={e.open}>
            <View className='me-icon me-entry__icon'>
              <Image className='me-icon__img' src={e.icon} mode='scaleToFill' />
            </View>
            <View className='xl-row__main'>
              <Text className='xl-row__title me-entry__title'>{t(e.title)}</Text>
              <Text className='xl-muted me-entry__hint'>{t(e.hint)}</Text>
            </View>
            {e.value ? <View className='me-entry__value'>{e.value}</View> : null}
            <View className='xl-chevron' />
          </View>
        ))}
      </View>
    </>
  );
}
