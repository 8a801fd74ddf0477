import Taro from '@tarojs/taro';
import type { Translate } from '../../i18n';

/** Native chrome (navigation bar, tab bar, window background) follows dark mode and language. */
const ignore = () => undefined;
const TAB_KEYS = ['tab.home', 'tab.visits', 'tab.messages', 'tab.me'] as const;

/** `brand`: the navigation bar continues the page's teal header band; `plain`: a surface bar. */
export type NavTone = 'brand' | 'plain';

// The tab bar is app-wide: restyle it only when dark mode or the language changed.
let lastTabs = '';

export function applyChrome(dark: boolean, t: Translate, onTabPage: boolean, tone: NavTone): void {
  const barBg = dark ? '#1a2026' : '#ffffff';
  // The navigation bar is per page (Taro H5 also resets it from the page config on every show).
  setNavColor(dark, tone === 'brand', barBg);
  if (process.env.TARO_ENV === 'weapp') {
    Taro.setBackgroundColor({ backgroundColor: dark ? '#0e1216' : '#f3f6f8' }).catch(ignore);
  }
  const tabsKey = `${dark}/${t('tab.home')}`;
  if (!onTabPage || tabsKey === lastTabs) return;
  lastTabs = tabsKey;
  applyTabBar(dark, t, barBg);
}

function setNavColor(dark: boolean, brand: boolean, barBg: string): void {
  Taro.setNavigationBarColor({
    frontColor: brand || dark ? '#ffffff' : '#000000',
    backgroundColor: brand ? (dark ? '#0f3d38' : '#0a6b60') : barBg,
  }).catch(ignore);
  if (process.env.TARO_ENV === 'h5') {
    // Taro H5 appends a <meta name="theme-color"> per call: keep only the newest.
    const metas = document.querySelectorAll('meta[name="theme-color"]');
    metas.forEach((m, i) => i < metas.length - 1 && m.remove());
  }
}

function applyTabBar(dark: boolean, t: Translate, barBg: string): void {
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
