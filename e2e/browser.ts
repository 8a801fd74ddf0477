/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Browser helpers for the end-to-end tests: launch Debian's Chromium through playwright-core with a
 * phone-sized context, collect console errors and uncaught page errors (a test fails on any), and
 * measure what a person sees (font sizes, tap targets, WCAG contrast) with getComputedStyle.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** iPhone 12–15 sized CSS viewport. */
export const MOBILE_VIEWPORT = { width: 390, height: 844 };

export interface MobileBrowser {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  close: () => Promise<void>;
}

/** Records console errors and page errors; the test asserts the list is empty. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()} @ ${msg.location().url}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

export async function launchMobile(locale = 'zh-CN'): Promise<MobileBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const context = await browser.newContext({ viewport: MOBILE_VIEWPORT, isMobile: true, hasTouch: true, locale });
  const page = await context.newPage();
  const errors = collectErrors(page);
  return { browser, context, page, errors, close: () => browser.close() };
}

export interface TextMetric {
  text: string;
  fontSize: number;
  lineHeight: number;
  contrast: number;
}
export interface TargetMetric {
  label: string;
  width: number;
  height: number;
}
export interface PageMetrics {
  rootFontSize: number;
  background: string;
  texts: TextMetric[];
  targets: TargetMetric[];
}

/** Elements a person taps: our marked targets, buttons, switches and the H5 tab bar items. */
const TAP_SELECTOR =
  '[data-tap], taro-button-core, button, [role=switch], [role=checkbox], [role=radio], .weui-tabbar__item';

/**
 * Measures the visible texts and tap targets inside `root` (a page's root element) and the tab bar.
 * Runs in the page, so it must stay self-contained.
 */
export function measure(root: Locator): Promise<PageMetrics> {
  return root.evaluate((el: Element, tapSelector: string) => {
    type Rgba = [number, number, number, number];
    const parse = (c: string): Rgba => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m?.[1]) return [0, 0, 0, 0];
      const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return [p[0] ?? 0, p[1] ?? 0, p[2] ?? 0, p[3] ?? 1];
    };
    const over = (top: Rgba, below: Rgba): Rgba => {
      const a = top[3] + below[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const ch = (i: number) => (top[i]! * top[3] + below[i]! * below[3] * (1 - top[3])) / a;
      return [ch(0), ch(1), ch(2), a];
    };
    // The colour behind an element: its own and its ancestors' backgrounds, composited on white.
    const backdrop = (node: Element | null): Rgba => {
      const layers: Rgba[] = [];
      for (let n = node; n; n = n.parentElement) {
        const bg = parse(getComputedStyle(n).backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] >= 1) break;
      }
      return layers.reduceRight<Rgba>((acc, layer) => over(layer, acc), [255, 255, 255, 1]);
    };
    const lum = ([r, g, b]: Rgba) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ratio = (a: Rgba, b: Rgba) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    const visible = (n: Element) => {
      const r = n.getBoundingClientRect();
      const s = getComputedStyle(n);
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && Number(s.opacity) > 0;
    };

    const texts: { text: string; fontSize: number; lineHeight: number; contrast: number }[] = [];
    for (const n of [el, ...el.querySelectorAll('*')]) {
      const own = [...n.childNodes].filter((c) => c.nodeType === 3).map((c) => c.textContent ?? '').join('').trim();
      if (!own || !visible(n)) continue;
      const s = getComputedStyle(n);
      const fontSize = parseFloat(s.fontSize);
      const lineHeight = s.lineHeight === 'normal' ? fontSize * 1.2 : parseFloat(s.lineHeight);
      const bg = backdrop(n);
      texts.push({ text: own.slice(0, 24), fontSize, lineHeight, contrast: ratio(over(parse(s.color), bg), bg) });
    }
    const scope = [...el.querySelectorAll(tapSelector), ...document.querySelectorAll('.weui-tabbar__item')];
    const targets = [...new Set(scope)].filter(visible).map((n) => {
      const r = n.getBoundingClientRect();
      const label = n.getAttribute('data-testid') ?? (n.textContent ?? '').trim().slice(0, 16);
      return { label, width: r.width, height: r.height };
    });
    const rootBg = backdrop(el);
    return {
      rootFontSize: parseFloat(getComputedStyle(el).fontSize),
      background: `rgb(${rootBg.slice(0, 3).map(Math.round).join(', ')})`,
      texts,
      targets,
    };
  }, TAP_SELECTOR);
}

/** WCAG relative luminance of an `rgb(r, g, b)` string (0 black … 1 white). */
export function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}
