import Taro from '@tarojs/taro';

interface FontInfo {
  fontSizeScaleFactor?: number;
  fontSizeSetting?: number;
}

/**
 * WeChat's user font size (微信 → 设置 → 字体大小) as a factor for our base sizes. WeChat reports
 * `fontSizeScaleFactor` (newer clients) or `fontSizeSetting` in px (17 is the standard size on iOS).
 * H5 follows the browser's own zoom, so the factor is 1 there.
 */
export function systemFontScale(): number {
  if (process.env.TARO_ENV !== 'weapp') return 1;
  try {
    const info: FontInfo =
      typeof Taro.getAppBaseInfo === 'function'
        ? (Taro.getAppBaseInfo() as FontInfo)
        : (Taro.getSystemInfoSync() as FontInfo);
    const factor =
      info.fontSizeScaleFactor ?? (info.fontSizeSetting ? info.fontSizeSetting / 17 : 1);
    return Number.isFinite(factor) ? Math.min(2, Math.max(0.85, factor)) : 1;
  } catch {
    return 1;
  }
}
