import { createContext, type PropsWithChildren, useContext, useEffect, useMemo, useState } from 'react';
import { DEFAULT_LANG, isLang, type Lang } from '../i18n/lang';
import { readJson, writeJson } from '../services/storage';
import { systemFontScale } from './font-scale';

/** 关怀模式, 深色模式 and language: chosen on 我的, kept with Taro.setStorageSync. */
export interface Prefs {
  care: boolean;
  dark: boolean;
  lang: Lang;
}

interface PrefsValue extends Prefs {
  /** WeChat font scaling; care mode never goes below its own minimum sizes. */
  fontScale: number;
  setPrefs: (patch: Partial<Prefs>) => void;
}

const KEY = 'xl.prefs';

export function loadPrefs(): Prefs {
  const p = readJson<Partial<Prefs>>(KEY) ?? {};
  return { care: p.care === true, dark: p.dark === true, lang: isLang(p.lang) ? p.lang : DEFAULT_LANG };
}

const PrefsContext = createContext<PrefsValue>({
  care: false,
  dark: false,
  lang: DEFAULT_LANG,
  fontScale: 1,
  setPrefs: () => undefined,
});

/** H5 only: the tab bar and <body> live outside the page root, so mirror the classes on <html>. */
function syncDocument(prefs: Prefs): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return;
  const html = document.documentElement;
  html.classList.toggle('xl-care', prefs.care);
  html.classList.toggle('xl-dark', prefs.dark);
  html.lang = prefs.lang;
}

export function PrefsProvider({ children }: PropsWithChildren) {
  const [prefs, setState] = useState<Prefs>(loadPrefs);
  const [baseScale] = useState(systemFontScale);

  useEffect(() => syncDocument(prefs), [prefs]);

  const value = useMemo<PrefsValue>(
    () => ({
      ...prefs,
      fontScale: prefs.care ? Math.max(1, baseScale) : baseScale,
      setPrefs: (patch) =>
        setState((prev) => {
          const next = { ...prev, ...patch };
          writeJson(KEY, next);
          return next;
        }),
    }),
    [prefs, baseScale],
  );
  return <PrefsContext.Provider value={value}>{children}</PrefsContext.Provider>;
}

export const usePrefs = () => useContext(PrefsContext);
