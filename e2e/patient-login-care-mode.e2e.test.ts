/// <reference lib="dom" />
/**
 * Patient H5, end to end on a 390×844 phone viewport: sign in with an SMS code (read from the
 * simulator at /sim/sms), land on 我的 with the masked phone, switch on 关怀模式 and measure it the
 * way the MIIT 适老化 rules are written — text ≥ 18 px, line height ≥ 1.3×, tap targets ≥ 60×60 px,
 * contrast ≥ 4.5:1 — then check it survives a reload and holds in 深色模式 too.
 * Any browser console error or uncaught exception fails the test.
 *
 * Needs the server (started by the root globalSetup, which provides `baseUrl`) serving the built
 * H5 from apps/patient/dist/h5, and Debian's /usr/bin/chromium driven by playwright-core.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchMobile, luminance, measure, type MobileBrowser, type PageMetrics } from './browser';
import { expectCareMode as expectCareModeOf, newSmsCode, pageRoot as rootOf, tab as tabOf } from './patient-h5';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const baseUrl = inject('baseUrl').replace(/\/+$/, '');
const phone = `1390000${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;
const masked = `${phone.slice(0, 3)}****${phone.slice(7)}`;

let mobile: MobileBrowser;
let page: Page;

beforeAll(async () => {
  mobile = await launchMobile();
  page = mobile.page;
}, 30_000);

afterAll(async () => {
  await mobile?.close();
});

// Fail the step that caused a browser error, not only the last one.
afterEach(() => {
  expect(mobile.errors).toEqual([]);
});

const pageRoot = (name: string) => rootOf(page, name);
const tab = (index: number) => tabOf(page, index);
const smsCode = () => newSmsCode(baseUrl, phone);
/** Every screen of the flow has at least four texts and four tap targets. */
const expectCareMode = (m: PageMetrics, where: string) => expectCareModeOf(m, where, { texts: 4, targets: 4 });

describe('patient H5: SMS sign-in, care mode, dark mode', () => {
  it('opens the home page with the hospital and the six entries', async () => {
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => pageRoot('home').getByTestId('hospital-name').innerText(), { timeout: 20_000 }).toContain('医院');
    for (const id of ['booking', 'triage', 'reports', 'consult', 'payment', 'navigation']) {
      await pageRoot('home').getByTestId(`tile-${id}`).waitFor();
    }
  });

  it('signs in with a code from the SMS simulator and lands on 我的', async () => {
    await tab(3).click();
    await pageRoot('me').getByTestId('me-login').click();
    const login = pageRoot('login');
    await login.getByTestId('login-phone').locator('input').fill(phone);
    await login.getByTestId('login-agree').click();
    await login.getByTestId('login-send-code').click();
    await expect.poll(() => login.getByTestId('login-send-code').innerText()).toMatch(/\d+\s*秒后重发/);
    await login.getByTestId('login-code').locator('input').fill(await smsCode());
    await login.getByTestId('login-submit').click();

    const me = pageRoot('me');
    await expect.poll(() => me.getByTestId('me-phone').innerText(), { timeout: 15_000 }).toBe(masked);
    expect(new URL(page.url()).pathname).toMatch(/\/pages\/me\/index$/);
  });

  it('turns on care mode: text ≥ 18 px, line height ≥ 1.3, targets ≥ 60×60, contrast ≥ 4.5 on 我的', async () => {
    const me = pageRoot('me');
    await me.getByTestId('toggle-care').click();
    await expect.poll(() => me.getAttribute('data-care')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('xl-care'))).toBe(true);
    expectCareMode(await measure(me), '我的');
  });

  it('applies care mode on 首页 as well', async () => {
    await tab(0).click();
    const home = pageRoot('home');
    await expect.poll(() => home.getAttribute('data-care')).toBe('true');
    await home.getByTestId('home-featured').waitFor();
    expectCareMode(await measure(home), '首页');
  });

  it('keeps care mode after a reload', async () => {
    await page.reload();
    const home = pageRoot('home');
    await expect.poll(() => home.getAttribute('data-care'), { timeout: 20_000 }).toBe('true');
    await home.getByTestId('home-featured').waitFor();
    expectCareMode(await measure(home), '首页 after reload');
  });

  it('turns on dark mode: a dark background and contrast still ≥ 4.5', async () => {
    await tab(3).click();
    const me = pageRoot('me');
    await expect.poll(() => me.getByTestId('me-phone').innerText()).toBe(masked);
    await me.getByTestId('toggle-dark').click();
    await expect.poll(() => me.getAttribute('data-dark')).toBe('true');

    const meDark = await measure(me);
    expect(luminance(meDark.background), `我的 background ${meDark.background}`).toBeLessThan(0.05);
    expectCareMode(meDark, '我的 (dark)');

    await tab(0).click();
    const home = pageRoot('home');
    await expect.poll(() => home.getAttribute('data-dark')).toBe('true');
    const homeDark = await measure(home);
    expect(luminance(homeDark.background), `首页 background ${homeDark.background}`).toBeLessThan(0.05);
    expectCareMode(homeDark, '首页 (dark)');
  });
});
