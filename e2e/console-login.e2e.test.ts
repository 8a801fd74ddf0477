/**
 * Staff console, end to end, against the real server:
 *  - the admin signs in with username, password and an authenticator code (等保 level 3), lands
 *    on the dashboard, sees the hospital-management menu and no clinical or audit entries, and a
 *    typed-in clinical URL answers 403; 对账报表 reconciles yesterday against WeChat Pay, then Alipay;
 *  - the auditor signs in the same way, sees only 安全审计, finds the admin's sign-in in 审计日志
 *    and gets 校验通过 from the hash-chain check;
 *  - the doctor signs in and opens 我的患者 (the server's list of patients who granted access).
 * The codes are computed here from the seeded demo secrets (RFC 6238, SHA-1, 6 digits, 30 s).
 * Any browser console error or uncaught exception fails the step that caused it.
 *
 * Needs the server (started by the root globalSetup, which provides `baseUrl`) with the console
 * built into apps/console/dist, and Debian's /usr/bin/chromium driven by playwright-core.
 */
import { existsSync } from 'node:fs';
import { Secret, TOTP } from 'otpauth';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS, collectErrors } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

interface DemoStaff {
  username: string;
  password: string;
  totpSecret: string;
}

const ADMIN: DemoStaff = { username: 'admin', password: 'Xinglin-Admin-2026!', totpSecret: 'XIIFNO3OXBGMPYMTTIZZBHY2EUYNNQQO' };
const AUDITOR: DemoStaff = { username: 'auditor', password: 'Xinglin-Audit-2026!', totpSecret: 'SWG7FYAUI6GQG2ZC3IHXHGRT34NSYHFL' };
const DOCTOR: DemoStaff = { username: 'doctor', password: 'Xinglin-Doctor-2026!', totpSecret: 'BWCDKG3K3BYH4WCNEXA7VPLQDKE5BTDN' };
const ADMIN_ENTRIES = ['首页', '医院管理', '科室管理', '医生管理', '排班管理', '院内导航', '内容管理', '工单中心'];
const CLINICAL_ENTRIES = ['工作台', '我的患者', '候诊队列', '在线问诊', '患者报告', '药事服务', '处方审核', '用药咨询'];
const AUDIT_ENTRIES = ['安全审计', '审计日志', '安全告警'];

const baseUrl = inject('baseUrl').replace(/\/+$/, '');
let browser: Browser;
let page: Page;
let errors: string[] = [];

/** The code an authenticator app would show now; waits out the last seconds of a window. */
async function totpCode(secret: string): Promise<string> {
  const left = 30 - (Math.floor(Date.now() / 1000) % 30);
  if (left < 3) await new Promise((resolve) => setTimeout(resolve, left * 1000 + 200));
  return new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate();
}

/** A fresh browser context per person, so no session leaks from one to the other. */
async function newPage(): Promise<void> {
  await page?.context().close();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  page = await context.newPage();
  errors = collectErrors(page);
}

async function signIn(staff: DemoStaff): Promise<void> {
  await page.goto(`${baseUrl}/console/login`);
  await page.getByLabel('用户名').fill(staff.username);
  await page.getByLabel('密码').fill(staff.password);
  const code = page.getByLabel('动态验证码');
  expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
  expect(await code.getAttribute('inputmode')).toBe('numeric');
  await code.fill(await totpCode(staff.totpSecret));
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('dashboard').waitFor({ timeout: 15_000 });
  expect(new URL(page.url()).pathname).toMatch(/^\/console\/?$/);
}

async function menuLabels(): Promise<string[]> {
  const menu = page.getByTestId('sider-menu');
  await menu.waitFor();
  const labels = await menu.locator('.ant-menu-title-content').allInnerTexts();
  return labels.map((label) => label.trim());
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}, 30_000);

afterAll(async () => {
  await browser?.close();
});

// Fail the step that caused a browser error, not only a final check.
afterEach(() => {
  expect(errors).toEqual([]);
});

describe('staff console: admin sign-in with a second factor', () => {
  beforeAll(newPage);

  it('signs in with username, password and authenticator code and lands on the dashboard', async () => {
    await signIn(ADMIN);
    await expect.poll(() => page.getByTestId('greeting').innerText()).toContain('系统管理员');
    await page.getByTestId('system-status').waitFor();
  }, 60_000);

  it('shows the hospital-management menu and no clinical or audit entries', async () => {
    const labels = await menuLabels();
    for (const entry of ADMIN_ENTRIES) expect(labels).toContain(entry);
    for (const entry of [...CLINICAL_ENTRIES, ...AUDIT_ENTRIES]) expect(labels).not.toContain(entry);
  }, 30_000);

  it('answers 403 to clinical and audit pages typed into the address bar', async () => {
    for (const path of ['/workbench/queue', '/workbench/patients', '/audit/logs']) {
      await page.goto(`${baseUrl}/console${path}`);
      await page.getByText('没有访问权限').waitFor({ timeout: 15_000 });
    }
    expect(await menuLabels()).not.toContain('我的患者');
  }, 45_000);

  it('opens 对账报表 and reconciles yesterday against WeChat Pay, then Alipay', async () => {
    await page.goto(`${baseUrl}/console/finance/reconciliation`);
    const card = page.getByTestId('finance-reconciliation');
    await card.locator('.ant-alert').waitFor({ timeout: 15_000 });
    const [alipay] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/admin/finance/reconciliation') && r.url().includes('channel=alipay')),
      page.getByTestId('reconciliation-channel').getByText('支付宝').click(),
    ]);
    expect(alipay.status()).toBe(200);
    expect(await alipay.json()).toMatchObject({ channel: 'alipay', differences: expect.any(Array) });
    await card.locator('.ant-alert').waitFor({ timeout: 15_000 });
  }, 45_000);
});

describe('staff console: the auditor reads the audit trail', () => {
  beforeAll(newPage);

  it('signs in and sees the audit menus only', async () => {
    await signIn(AUDITOR);
    const labels = await menuLabels();
    for (const entry of AUDIT_ENTRIES) expect(labels).toContain(entry);
    for (const entry of [...CLINICAL_ENTRIES, ...ADMIN_ENTRIES.slice(1)]) expect(labels).not.toContain(entry);
  }, 60_000);

  it("finds the admin's sign-in in 审计日志", async () => {
    await page.getByTestId('sider-menu').getByText('审计日志').click();
    const rows = page.getByTestId('audit-table').locator('tbody tr.ant-table-row');
    await rows.first().waitFor({ timeout: 15_000 });
    expect(await rows.count()).toBeGreaterThanOrEqual(1);
    await expect.poll(() => rows.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/系统管理员[\s\S]*登录[\s\S]*成功/)]));
  }, 30_000);

  it('verifies the hash chain: 校验通过', async () => {
    await page.getByTestId('chain-check').click();
    const result = page.getByTestId('chain-result');
    await result.waitFor({ timeout: 15_000 });
    expect(await result.getAttribute('data-chain-ok')).toBe('true');
    expect(await result.innerText()).toMatch(/校验通过（\d+ 条）/);
  }, 30_000);

  it('opens one event in the details drawer', async () => {
    await page.getByTestId('audit-table').locator('tbody tr.ant-table-row').first().click();
    const drawer = page.getByRole('dialog').filter({ hasText: '审计事件 #' });
    await drawer.waitFor({ timeout: 10_000 });
    expect(await drawer.innerText()).toContain('请求编号');
  }, 30_000);
});

describe('staff console: the doctor opens 我的患者', () => {
  beforeAll(newPage);

  it('signs in, sees the workbench and no audit menus, and the patient list loads', async () => {
    await signIn(DOCTOR);
    const labels = await menuLabels();
    expect(labels).toContain('我的患者');
    for (const entry of [...AUDIT_ENTRIES, ...ADMIN_ENTRIES.slice(1)]) expect(labels).not.toContain(entry);
    await page.getByTestId('sider-menu').getByText('我的患者').click();
    await page.getByTestId('patients-table').waitFor({ timeout: 15_000 });
    await expect.poll(() => page.getByTestId('patients-table').locator('.ant-spin-spinning').count()).toBe(0);
  }, 60_000);
});
