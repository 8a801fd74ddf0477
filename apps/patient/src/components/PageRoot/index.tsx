import { View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { type CSSProperties, type PropsWithChildren, useEffect } from 'react';
import { type MessageKey, useT } from '../../i18n';
import { usePrefs } from '../../state/prefs';
import { ConfigProvider, nutEnUS, nutZhCN } from '../nut';
import { applyChrome, type NavTone } from './chrome';

interface Props {
  titleKey: MessageKey;
  /** data-testid of the page root, e.g. `page-home`. */
  testId: string;
  /** Tab pages restyle the native tab bar. */
  tab?: boolean;
  /** `brand` when the page starts with the teal header band. */
  navTone?: NavTone;
  className?: string;
}

/**
 * Every page renders inside this root. Care and dark mode are classes on it (`xl-care`, `xl-dark`)
 * and everything else follows from the CSS variables in theme/theme.css.
 */
export function PageRoot(props: PropsWithChildren<Props>) {
  const { titleKey, testId, tab = false, navTone = 'plain', className, children } = props;
  const { care, dark, lang, fontScale } = usePrefs();
  const t = useT();

  const refresh = () => {
    Taro.setNavigationBarTitle({ title: t(titleKey) }).catch(() => undefined);
    applyChrome(dark, t, tab, navTone);
  };
  useDidShow(refresh);
  useEffect(refresh, [dark, lang]); // re-apply when the theme or language changes

  const classes = ['xl-page', care && 'xl-care', dark && 'xl-dark', className].filter(Boolean);
  const style = fontScale === 1 ? undefined : ({ '--xl-scale': String(fontScale) } as CSSProperties);
  return (
    <ConfigProvider locale={lang === 'en' ? nutEnUS : nutZhCN}>
      <View className={classes.join(' ')} style={style} data-testid={testId} data-care={care} data-dark={dark}>
        {children}
      </View>
    </ConfigProvider>
  );
}
