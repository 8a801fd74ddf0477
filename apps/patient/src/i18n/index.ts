import { useCallback } from 'react';
import { usePrefs } from '../state/prefs';
import { en } from './en';
import type { Lang } from './lang';
import { type MessageKey, zhCN } from './zh-CN';

export type { Lang } from './lang';
export type { MessageKey } from './zh-CN';

const dictionaries: Record<Lang, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** Looks a key up in one language and fills `{name}` placeholders. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = dictionaries[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** `t(key)` in the user's current language. */
export function useT(): Translate {
  const { lang } = usePrefs();
  return useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang]);
}

/** Picks the Chinese or English variant of a data field (e.g. `name` / `nameEn`). */
export function pick(lang: Lang, zh: string, enText: string | undefined): string {
  return lang === 'en' && enText ? enText : zh;
}
