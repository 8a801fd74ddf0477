import { useCallback, useSyncExternalStore } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { enUS } from './en-US';
import { zhCN, type MessageKey } from './zh-CN';

/** The console speaks Chinese by default; English is one click away in the header. */
export type Lang = 'zh-CN' | 'en-US';
export type Bilingual = { zh: string; en: string };
export type { MessageKey };

const STORAGE_KEY = 'xinglin.console.lang';
const dictionaries: Record<Lang, Record<MessageKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };
const listeners = new Set<() => void>();

function readInitial(): Lang {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved === 'zh-CN' || saved === 'en-US') return saved;
  } catch {
    // storage blocked (privacy mode): fall back to the default
  }
  return 'zh-CN';
}

/** Date pickers take month and weekday names from dayjs's global locale, so it follows ours. */
function syncDates(lang: Lang): void {
  dayjs.locale(lang === 'en-US' ? 'en' : 'zh-cn');
}

let current: Lang = readInitial();
syncDates(current);

export function getLang(): Lang {
  return current;
}

export function setLang(lang: Lang): void {
  if (lang === current) return;
  current = lang;
  syncDates(lang);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // not persisted; still switches for this tab
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  listeners.forEach((fn) => fn());
}

function subscribe(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function useLang(): Lang {
  return useSyncExternalStore(subscribe, getLang, getLang);
}

type Vars = Record<string, string | number>;

function fill(text: string, vars?: Vars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Picks the right half of a bilingual text; `{name}` placeholders are filled from `vars`. */
export function pick(text: Bilingual, lang: Lang = current, vars?: Vars): string {
  return fill(lang === 'en-US' ? text.en : text.zh, vars);
}

/** Looks a UI string up; `{name}` placeholders are filled from `vars`. */
export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  return fill(dictionaries[lang][key], vars);
}

export function useT() {
  const lang = useLang();
  const t = useCallback(
    (key: MessageKey, vars?: Vars) => translate(lang, key, vars),
    [lang],
  );
  return { t, lang };
}
