/**
 * What the patient H5 browser tests share: finding pages and tabs, reading codes from the SMS simulator, signing in
 * the way a person does, calling the API with the browser's own session, and checking 适老化 measurements.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchMobile, type PageMetrics } from './browser';

/**
 * One phone-sized Chromium for the whole file: `onPage` receives its page once launched; any console error or uncaught
 * exception fails the step during which it happened.
 */
export function phoneForFile(onPage: (page: Page) => void): void {
  let errors: string[] = [];
  let close: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const mobile = await launchMobile();
    errors = mobile.errors;
    close = mobile.close;
    onPage(mobile.page);
  }, 30_000);
  afterAll(() => close());
  afterEach(() => {
    expect(errors).toEqual([]);
  });
}

/** A page's root (Taro H5 keeps earlier pages in the DOM, hidden). */
export const pageRoot = (page: Page, name: string): Locator => page.locator(`[data-testid="page-${name}"]:visible`);
export const tab = (page: Page, index: number): Locator => page.locator('.weui-tabbar__item').nth(index);

/** A phone number no other test uses: `prefix` (7 digits) plus 4 random ones. */
export const randomPhone = (prefix: string): string => `${prefix}${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;

/** GB 11643: region + birth date + 3-digit sequence (odd = male) + ISO 7064 MOD 11-2 check character. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
export function idNumber(birth: string, sequence: number, region = '110105'): string {
  const first17 = `${region}${birth}${String(sequence).padStart(3, '0')}`;
  const sum = [...first17].reduce((n, d, i) => n + Number(d) * WEIGHTS[i]!, 0);
  return first17 + '10X98765432'[sum % 11]!;
}

type SimSms = { messages: { code: string | null; sentAt: string }[] };
export const smsOf = async (baseUrl: string, phone: string) => ((await (await fetch(`${baseUrl}/sim/sms?phone=${phone}`)).json()) as SimSms).messages;

/** The code of the newest SMS to `phone` once more than `seenBefore` messages have reached it. */
export async function newSmsCode(baseUrl: string, phone: string, seenBefore = 0): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const messages = await smsOf(baseUrl, phone);
    const code = messages.length > seenBefore ? messages.at(-1)?.code : null;
    if (code) return code;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no SMS reached ${phone}`);
}

/** Several browser tests sign the demo account in: wait out the 60 s resend rule; answers how many SMS were sent. */
export async function beforeSending(baseUrl: string, phone: string): Promise<number> {
  const sent = await smsOf(baseUrl, phone);
  // The rule is about verification codes; notices (报告已出, reminders) to the same phone do not count.
  const last = sent.filter((m) => m.code).at(-1);
  const wait = last ? Date.parse(last.sentAt) + 61_000 - Date.now() : 0;
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  return sent.length;
}

/** Signs in from 我的 with an SMS code, as a person does; answers the browser session's access token. */
export async function signInOnH5(page: Page, baseUrl: string, phone: string): Promise<string> {
  await page.goto(`${baseUrl}/`);
  await tab(page, 3).click();
  await pageRoot(page, 'me').getByTestId('me-login').click();
  const login = pageRoot(page, 'login');
  await login.getByTestId('login-phone').locator('input').fill(phone);
  await login.getByTestId('login-agree').click();
  const seen = await beforeSending(baseUrl, phone);
  await login.getByTestId('login-send-code').click();
  await expect.poll(() => login.getByTestId('login-send-code').innerText()).toMatch(/\d+\s*秒后重发/);
  await login.getByTestId('login-code').locator('input').fill(await newSmsCode(baseUrl, phone, seen));
  await login.getByTestId('login-submit').click();
  await pageRoot(page, 'me').waitFor();
  const stored = await page.evaluate(() => localStorage.getItem('xl.session') ?? '');
  return /accessToken\\*"\s*:\s*\\*"([A-Za-z0-9_-]+)/.exec(stored)?.[1] ?? '';
}

export interface ApiInit {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** The patient API with a bearer token; anything but 2xx throws with the server's answer in the message. */
export async function callApi<T>(baseUrl: string, token: string, path: string, init: ApiInit = {}): Promise<T> {
  const res = await fetch(`${baseUrl}/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, ...(init.body ? { 'content-type': 'application/json' } : {}), ...init.headers },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

/** MIIT 适老化: text ≥ 18 px, line height ≥ 1.3, tap targets ≥ 60×60, contrast ≥ 4.5:1. */
export function expectCareMode(m: PageMetrics, where: string, least: { texts?: number; targets?: number } = {}): void {
  expect(m.texts.length, `${where}: visible texts`).toBeGreaterThanOrEqual(least.texts ?? 4);
  expect(m.rootFontSize, `${where}: page text size`).toBeGreaterThanOrEqual(18);
  for (const t of m.texts) {
    expect(t.fontSize, `${where}: font size of “${t.text}”`).toBeGreaterThanOrEqual(18);
    expect(t.lineHeight / t.fontSize, `${where}: line height of “${t.text}”`).toBeGreaterThanOrEqual(1.3 - 0.005);
  }
  expect(m.targets.length, `${where}: tap targets`).toBeGreaterThanOrEqual(least.targets ?? 1);
  for (const target of m.targets) {
    expect(target.width, `${where}: width of tap target “${target.label}”`).toBeGreaterThanOrEqual(60);
    expect(target.height, `${where}: height of tap target “${target.label}”`).toBeGreaterThanOrEqual(60);
  }
  expectContrast(m, where);
}

export function expectContrast(m: PageMetrics, where: string): void {
  for (const t of m.texts) expect(t.contrast, `${where}: contrast of “${t.text}”`).toBeGreaterThanOrEqual(4.5);
}
