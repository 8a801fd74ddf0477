/**
 * Staff console, end to end: the admin signs in at /console/login, lands on the dashboard,
 * sees the hospital-management menu and no clinical or audit entries, and a typed-in clinical
 * URL answers 403. Any browser console error fails the test.
 *
 * Needs the server (started by the root globalSetup, which provides `baseUrl`) with the console
 * built into apps/console/dist, and Debian's /usr/bin/chromium driven by playwright-core.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const ADMIN = { username: 'admin', password: 'Xinglin-Admin-2026!' };
const ADMIN_ENTRIES = ['首页', '医院管理', '科室管理', '医生管理', '排班管理', '院内导航', '内容管理', '工单中心'];
const FORBIDDEN_ENTRIES = ['工作台', '候诊队列', '在线问诊', '患者报告', '药事服务', '处方审核', '用药咨询', '安全审计', '审计日志', '安全告警'];

let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];
const baseUrl = inject('baseUrl').replace(/\/+$/, '');

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(`${msg.text()} @ ${msg.location().url}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
}, 30_000);

afterAll(async () => {
  await browser?.close();
});

async function menuLabels(): Promise<string[]> {
  const menu = page.getByTestId('sider-menu');
  await menu.waitFor();
  const labels = await menu.locator('.ant-menu-title-content').allInnerTexts();
  return labels.map((label) => label.trim());
}

describe('staff console: admin sign-in', () => {
  it('signs in and lands on the dashboard', async () => {
    await page.goto(`${baseUrl}/console/login`);
    await page.getByLabel('用户名').fill(ADMIN.username);
    await page.getByLabel('密码').fill(ADMIN.password);
    await page.getByRole('button', { name: /登\s*录/ }).click();

    await page.getByTestId('dashboard').waitFor({ timeout: 15_000 });
    expect(new URL(page.url()).pathname).toMatch(/^\/console\/?$/);
    await expect.poll(() => page.getByTestId('greeting').innerText()).toContain('系统管理员');
    await page.getByTestId('system-status').waitFor();
  }, 60_000);

  it('shows the hospital-management menu and no clinical or audit entries', async () => {
    const labels = await menuLabels();
    for (const entry of ADMIN_ENTRIES) expect(labels).toContain(entry);
    for (const entry of FORBIDDEN_ENTRIES) expect(labels).not.toContain(entry);
  }, 30_000);

  it('answers 403 to a clinical page typed into the address bar', async () => {
    await page.goto(`${baseUrl}/console/workbench/queue`);
    await page.getByText('没有访问权限').waitFor({ timeout: 15_000 });
    expect(await menuLabels()).not.toContain('候诊队列');
  }, 30_000);

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
