import Taro from '@tarojs/taro';
import type { Translate } from '../../i18n';

/** Native chrome (navigation bar, tab bar, window background) follows dark mode and language. */
const ignore = () => undefined;
const TAB_KEYS = ['tab.home', 'tab.visits', 'tab.messages', 'tab.me'] as const;

/** `brand`: the navigation bar continues the page's teal header band; `plain`: a surface bar. */
export type NavTone = 'brand' | 'plain';

export function applyChrome(dark: boolean, t: Translate, onTabPage: boolean, tone: NavTone): void {
  const barBg = dark ? '#1a2026' : '#ffffff';
  const brand = tone === 'brand';
  Taro.setNavigationBarColor({
    frontColor: brand || dark ? '#ffffff' : '#000000',
    backgroundColor: brand ? (dark ? '#0f3d38' : '#0a6b60') : barBg,
  }).catch(ignore);
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
