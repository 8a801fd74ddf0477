import { Text, View } from '@tarojs/components';
import { type MessageKey, useT } from '../../i18n';
import { PAGES, type SoonFeature, go } from '../../routes';

const ITEMS: { id: SoonFeature; label: MessageKey; glyph: string }[] = [
  { id: 'patients', label: 'me.patients', glyph: '人' },
  { id: 'bookings', label: 'me.bookings', glyph: '号' },
  { id: 'bills', label: 'me.bills', glyph: '费' },
  { id: 'myReports', label: 'me.reports', glyph: '报' },
];

/** Personal shortcuts; each opens 即将上线 until its feature lands. */
export function Shortcuts() {
  const t = useT();
  return (
    <View className='xl-card me-shortcuts' data-testid='me-shortcuts'>
      {ITEMS.map((item) => (
        <View
          key={item.id}
          className='me-shortcut xl-pressable'
          data-testid={`me-${item.id}`}
          data-tap
          onClick={() => go(PAGES.soon, { feature: item.id })}
        >
          <View className='me-shortcut__glyph'>
            <Text>{item.glyph}</Text>
          </View>
          <Text className='me-shortcut__label'>{t(item.label)}</Text>
        </View>
      ))}
    </View>
  );
}
