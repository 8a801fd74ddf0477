/** The app's languages. zh-CN is the default; kept apart so state and i18n do not import each other. */
export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
export const DEFAULT_LANG: Lang = 'zh-CN';
export function isLang(value: unknown): value is Lang {
  return value === 'zh-CN' || value === 'en';
}
