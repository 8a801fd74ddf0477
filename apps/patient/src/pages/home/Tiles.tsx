import { Image, Text, View } from '@tarojs/components';
import { useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { TILES } from './tile-defs';

/** The six big entries, 3×2 (2×3 in care mode). */
export function Tiles() {
  const t = useT();
  return (
    <View className='home-tiles' data-testid='home-tiles'>
      {TILES.map((tile) => (
        <View
          key={tile.id}
          className='home-tile xl-pressable'
          data-testid={`tile-${tile.id}`}
          data-tap
          onClick={() => {
            if (tile.id === 'booking') go(PAGES.departments);
            else if (tile.id === 'triage') go(PAGES.triage);
            else if (tile.id === 'reports') go(PAGES.reports);
            else if (tile.id === 'payment') go(PAGES.bills);
            else go(PAGES.soon, { feature: tile.id });
          }}
        >
          <View className={`home-tile__icon home-tile__icon--${tile.tone}`}>
            <Image className='home-tile__img' src={tile.icon} mode='scaleToFill' />
          </View>
          <Text className='home-tile__label'>{t(tile.label)}</Text>
          <Text className='home-tile__sub'>{t(tile.sub)}</Text>
        </View>
      ))}
    </View>
  );
}
