import Taro from '@tarojs/taro';
import type { Translate } from '../../i18n';

/** Native chrome (navigation bar, tab bar, window background) follows dark mode and language. */
const ignore = () => undefined;
const TAB_KEYS = ['tab.home', 'tab.visits', 'tab.messages', 'tab.me'] as const;

export function applyChrome(dark: boolean, t: Translate, onTabPage: boolean): void {
  const barBg = dark ? '#1a2026' : '#ffffff';
  Taro.setNavigationBarColor({ frontColor: dark ? '#ffffff' : '#000000', backgroundColor: barBg })
    .catch(ignore);
  if (process.env.TARO_ENV === 'weapp') {
    Taro.setBackgroundColor({ backgroundColor: dark ? '#0e1216' : '#f3f6f8' }).catch(ignore);
  }
  if (!onTabPage) return;
  Taro.setTabBarStyle({
    color: dark ? '#9aa6b2' : '#5f6b7a',
    selectedColor: dark ? '#3cc6b4' : '#0b7a6e',
    backgroundColor: barBg,
    borderStyle: dark ? 'black' : 'white',
  }).catch(ignore);
  TAB_KEYS.forEach((key, index) => {
    Taro.setTabBarItem({ index, text: t(key) }).catch(ignore);
  });
}
