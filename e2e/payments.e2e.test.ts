/// <reference lib="dom" />
/**
 * Payments, end to end: the demo patient signs in on the H5, books a released clinic (through the API with the
 * browser's own session), taps 去支付 on the held booking, pays with WeChat Pay at the simulated cashier (模拟收银台,
 * opened from the cashier page in a new tab), sees the order paid and the booking confirmed, and downloads the
 * receipt (电子票据) PDF. Any browser console error or uncaught exception fails the test.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { type ApiInit, callApi, pageRoot as rootOf, phoneForFile, signInOnH5, tab as tabOf } from './patient-h5';

const baseUrl = inject('baseUrl').replace(/\/+$/, '');
const DEMO_PHONE = '13800138000';

let page: Page;
phoneForFile((p) => (page = p));

const pageRoot = (name: string) => rootOf(page, name);
const tab = (index: number) => tabOf(page, index);
const api = <T>(token: string, path: string, init?: ApiInit) => callApi<T>(baseUrl, token, path, init);

/**
 * Books the first clinic that takes the booking: released, open, a place left, at least an hour ahead. Other browser
 * tests book for the demo family too, so a clinic this patient already holds (or any other refusal) is skipped.
 */
async function bookSomewhere(token: string, patientId: string): Promise<{ id: string; status: string }> {
  const doctors = await api<{ items: { id: string }[] }>(token, '/doctors?pageSize=100');
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  for (const d of doctors.items) {
    const sessions = await api<{ items: { released: boolean; status: string; slots: { id: string; remaining: number; startsAt: string }[] }[] }>(token, `/doctors/${d.id}/sessions?from=${today}&days=7`);
    for (const s of sessions.items) {
      const slot = s.released && s.status === 'open' ? s.slots.find((x) => x.remaining > 0 && Date.parse(x.startsAt) > Date.now() + 3600_000) : undefined;
      if (!slot) continue;
      const booked = await api<{ id: string; status: string }>(token, '/bookings', { method: 'POST', body: { patientId, slotId: slot.id } }).catch(() => null);
      if (booked) return booked;
    }
  }
  throw new Error('no bookable slot in the demo schedule');
}

describe('payments: book → pay at the simulated cashier → confirmed → receipt', () => {
  let token = '';
  let bookingId = '';

  it('signs the demo patient in on the H5 and books a clinic', async () => {
    // The browser's own session, so the booking belongs to the account shown in the app.
    token = await signInOnH5(page, baseUrl, DEMO_PHONE);
    expect(token).not.toBe('');
    const patients = await api<{ items: { id: string; isSelf: boolean }[] }>(token, '/patients');
    const self = patients.items.find((p) => p.isSelf)!;
    const booking = await bookSomewhere(token, self.id);
    expect(booking.status).toBe('held');
    bookingId = booking.id;
  }, 120_000);

  it('pays the held booking with WeChat Pay at the 模拟收银台 and sees it confirmed', async () => {
    await tab(1).click();
    const card = page.locator(`[data-testid="page-visits"]:visible [data-testid="booking-card"][data-booking-id="${bookingId}"]`);
    await expect.poll(async () => {
      await tab(0).click();
      await tab(1).click();
      return card.count();
    }, { timeout: 20_000, interval: 1_000 }).toBe(1);
    await card.getByTestId('booking-pay').click();
    const cashier = pageRoot('cashier');
    await cashier.getByTestId('cashier-order').waitFor();
    expect(await cashier.getByTestId('cashier-item').first().innerText()).toContain('挂号费');
    await cashier.getByTestId('cashier-presettle').click();
    await cashier.getByTestId('cashier-not-insured').waitFor();
    await cashier.getByTestId('cashier-channel-wechat').click();
    await cashier.getByTestId('cashier-pay').click();
    const open = cashier.getByTestId('cashier-open');
    await open.waitFor();
    const [simPage] = await Promise.all([page.context().waitForEvent('page'), open.click()]);
    await simPage.waitForLoadState();
    // The simulator answers the form once it has also tried its notification; no need to wait for that page.
    await simPage.getByRole('button', { name: '确认支付' }).click({ noWaitAfter: true });
    // The cashier page polls the order (sync asks the channel) until it is paid.
    await cashier.getByTestId('cashier-paid').waitFor({ timeout: 30_000 });
    await simPage.close();
    expect(await cashier.getByTestId('cashier-order').getAttribute('data-status')).toBe('paid');
    const booking = await api<{ status: string }>(token, `/bookings/${bookingId}`);
    expect(booking.status).toBe('confirmed');
  }, 60_000);

  it('downloads the receipt (电子票据) as a PDF', async () => {
    await pageRoot('cashier').getByTestId('cashier-receipt').click();
    const receipts = pageRoot('receipts');
    await receipts.getByTestId('receipt').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), receipts.getByTestId('receipt-download').first().click()]);
    expect(download.suggestedFilename()).toMatch(/^PJ.*\.pdf$/);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(1000);
  }, 45_000);
});
