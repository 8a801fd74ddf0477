/// <reference lib="dom" />
/**
 * Reports, end to end: the LIS sends an ORU^R01 with abnormal values over MLLP (packages/hl7's MllpClient and
 * generateOru) for the demo patient 张伟; he signs in to the H5, sees the 报告已出 notice in 消息, opens the report
 * with the abnormal value marked (arrow, word and colour), opens the trend chart (ECharts) and downloads the PDF.
 * Any browser console error or uncaught exception fails the test.
 */
import { readFile } from 'node:fs/promises';
import { generateOru, idCheckDigit, MllpClient } from '@xinglin/hl7';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { pageRoot as rootOf, phoneForFile, signInOnH5, tab as tabOf } from './patient-h5';

const baseUrl = inject('baseUrl').replace(/\/+$/, '');
const mllpPort = inject('mllpPort');
// The demo family's account holder (apps/server/src/db/seed-patients.ts).
const DEMO_PHONE = '13800138000';
const demoPatient = { name: '张伟', idNumber: `11010819860412351${idCheckDigit('11010819860412351')}`, mrn: 'XL20240001', sex: 'M' as const, birthDate: '19860412' };

let page: Page;
phoneForFile((p) => (page = p));

const pageRoot = (name: string) => rootOf(page, name);
const tab = (index: number) => tabOf(page, index);

describe('reports: HL7 result → notice → report → trend → PDF', () => {
  let glucose: { value: string; flags: string[] };

  it('accepts an ORU^R01 with an abnormal glucose over MLLP (ACK AA)', async () => {
    const message = generateOru({ patient: demoPatient, panel: 'GLU', abnormalRate: 1, controlId: `E2E${Date.now()}`, facility: 'XLH' });
    glucose = message.results[0]!;
    expect(glucose.flags.length).toBeGreaterThan(0);
    const client = new MllpClient({ port: mllpPort, ackTimeoutMs: 20_000 });
    await client.connect();
    const ack = await client.send(message.bytes);
    await client.close();
    expect(ack).toMatch(/\rMSA\|AA\|/);
  });

  it('signs the demo patient in on the H5', async () => {
    expect(await signInOnH5(page, baseUrl, DEMO_PHONE)).not.toBe('');
  }, 90_000);

  it('shows the 报告已出 notice in the message center (delivered by the outbox job)', async () => {
    const notice = page.locator('[data-testid="page-messages"]:visible [data-testid="message-card"]', { hasText: '空腹血糖' });
    await expect.poll(async () => {
      await tab(1).click(); // leave and come back: the message center reloads when shown
      await tab(2).click();
      return notice.count();
    }, { timeout: 45_000, interval: 2_000 }).toBeGreaterThan(0);
    await expect.poll(() => notice.first().innerText()).toContain('报告已出');
    await notice.first().click();
  }, 60_000);

  it('opens the report with the abnormal value marked by arrow, word and colour', async () => {
    const detail = pageRoot('report-detail');
    await detail.getByTestId('report-detail').waitFor();
    expect(await detail.getByTestId('report-name').innerText()).toBe('空腹血糖');
    const row = detail.locator('[data-testid="report-observation"][data-code="GLU"]');
    expect(await row.getAttribute('data-abnormal')).toBe('true');
    expect(await row.getByTestId('report-value').innerText()).toBe(glucose.value);
    const flag = await row.getByTestId('report-flag').innerText();
    const high = glucose.flags.some((f) => f.startsWith('H'));
    expect(flag).toContain(high ? '↑' : '↓');
    expect(flag).toMatch(high ? /偏高/ : /偏低/);
    const color = await row.getByTestId('report-value').evaluate((el) => getComputedStyle(el).color);
    const normal = await detail.getByTestId('report-name').evaluate(() => getComputedStyle(document.body).color);
    expect(color).not.toBe(normal);
    expect(color).toBe(high ? 'rgb(198, 40, 40)' : 'rgb(29, 78, 216)');
  });

  it('opens the trend chart for glucose across reports', async () => {
    await pageRoot('report-detail').locator('[data-testid="report-observation"][data-code="GLU"]').click();
    const trend = pageRoot('report-trend');
    await trend.locator('[data-testid="report-trend"][data-code="GLU"]').waitFor();
    // The three demo panels and the one just sent.
    await expect.poll(() => trend.getByTestId('report-trend-point').count()).toBeGreaterThanOrEqual(4);
    await expect.poll(() => trend.locator('[data-testid="report-trend-echart"] svg path').count(), { timeout: 15_000 }).toBeGreaterThan(2);
    expect(await trend.getByTestId('report-trend-point').first().getAttribute('data-abnormal')).toBe('true');
  });

  it('downloads the report as a PDF', async () => {
    await page.goBack();
    const detail = pageRoot('report-detail');
    await detail.getByTestId('report-pdf').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), detail.getByTestId('report-pdf').click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(1000);
  }, 45_000);
});
