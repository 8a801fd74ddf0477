/// <reference lib="dom" />
/**
 * Booking, end to end on the H5: a new patient signs in, finds a doctor by a disease (糖尿病) in 搜索, books the
 * doctor's clinic that starts in 10 minutes from the slot grid, pays (through the API and the simulated WeChat Pay
 * cashier: the cashier page has its own browser test), checks in with the department's QR code (through the API;
 * this test does not drive the H5 check-in page), sees 查看排队 on the card and the live queue, then books a second clinic and cancels it (退号) on 就诊.
 * Any browser console error or uncaught exception fails the step.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchMobile, type MobileBrowser } from './browser';

const baseUrl = inject('baseUrl').replace(/\/+$/, '');
const clinic = inject('checkinClinic');
const phone = `1350000${String(Math.floor(Math.random() * 1e4)).padStart(4, '0')}`;

/** GB 11643 check character, so the simulated identity service accepts the number. */
function idNumber(birth: string, sequence: number): string {
  const first17 = `330106${birth}${String(sequence).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((n, d, i) => n + Number(d) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11]!;
}

let mobile: MobileBrowser;
let page: Page;
let token = '';
let bookingId = '';

beforeAll(async () => {
  mobile = await launchMobile();
  page = mobile.page;
}, 30_000);
afterAll(async () => {
  await mobile?.close();
});
afterEach(() => {
  expect(mobile.errors).toEqual([]);
});

const pageRoot = (name: string): Locator => page.locator(`[data-testid="page-${name}"]:visible`);
const tab = (index: number): Locator => page.locator('.weui-tabbar__item').nth(index);

async function api<T>(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<T> {
  const res = await fetch(`${baseUrl}/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, ...(init.body ? { 'content-type': 'application/json' } : {}), ...init.headers },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

async function smsCode(): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const body = (await (await fetch(`${baseUrl}/sim/sms?phone=${phone}`)).json()) as { messages: { code: string | null }[] };
    const code = body.messages.at(-1)?.code;
    if (code) return code;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no SMS reached ${phone}`);
}

describe('booking: find by disease → book → pay → check in → queue → cancel another', () => {
  it('signs a new patient in and verifies their real name', async () => {
    await page.goto(`${baseUrl}/`);
    await tab(3).click();
    await pageRoot('me').getByTestId('me-login').click();
    const login = pageRoot('login');
    await login.getByTestId('login-phone').locator('input').fill(phone);
    await login.getByTestId('login-agree').click();
    await login.getByTestId('login-send-code').click();
    await login.getByTestId('login-code').locator('input').fill(await smsCode());
    await login.getByTestId('login-submit').click();
    await pageRoot('me').waitFor();
    const stored = await page.evaluate(() => localStorage.getItem('xl.session') ?? '');
    token = /accessToken\\*"\s*:\s*\\*"([A-Za-z0-9_-]+)/.exec(stored)?.[1] ?? '';
    expect(token).not.toBe('');
    const verified = await api<{ verificationLevel: number }>('/patients/self/verification', { method: 'POST', body: { name: '林晓彤', idNumber: idNumber('19900512', 102 + 2 * Math.floor(Math.random() * 400)) } });
    expect(verified.verificationLevel).toBe(2);
  }, 60_000);

  it('finds 韩淑芬 by searching 糖尿病 and books her clinic that starts soon', async () => {
    await tab(0).click();
    await pageRoot('home').getByTestId('home-search').click();
    const search = pageRoot('search');
    await search.getByTestId('search-input').locator('input').fill('糖尿病');
    await search.getByTestId('search-submit').click();
    const hit = search.getByTestId('search-doctor').filter({ hasText: clinic.doctorName });
    await hit.first().waitFor({ timeout: 15_000 });
    await hit.first().click();
    const doctor = pageRoot('doctor');
    await expect.poll(() => doctor.getByTestId('doctor-name').innerText(), { timeout: 15_000 }).toContain(clinic.doctorName);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    await doctor.locator(`[data-testid="sched-day"][data-date="${today}"]`).click();
    await doctor.locator(`[data-testid="sched-slot"][data-slot-id="${clinic.slotId}"]`).click();
    const confirm = pageRoot('booking-confirm');
    await confirm.getByTestId('confirm-patient').first().click();
    await confirm.getByTestId('confirm-submit').click();
    await confirm.getByTestId('booking-result').waitFor({ timeout: 15_000 });
    const mine = await api<{ items: { id: string; slotId: string; status: string; visitNo: number }[] }>('/bookings');
    const booking = mine.items.find((b) => b.slotId === clinic.slotId)!;
    expect(booking.status).toBe('held');
    expect(await confirm.getByTestId('booking-visit-no').innerText()).toContain(String(booking.visitNo));
    bookingId = booking.id;
  }, 60_000);

  it('pays, checks in with the department’s QR code and is in the live queue', async () => {
    const order = await api<{ id: string; orderNo: string }>(`/bookings/${bookingId}/order`, { method: 'POST', headers: { 'idempotency-key': `e2e-${bookingId}` } });
    const pay = await api<{ h5Url: string }>(`/orders/${order.id}/pay`, { method: 'POST', headers: { 'idempotency-key': `e2e-pay-${bookingId}` }, body: { channel: 'wechat', wechatFlow: 'h5' } });
    const cashier = await fetch(new URL('/sim/cashier/pay', pay.h5Url), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `out_trade_no=${order.orderNo}` });
    expect(cashier.status).toBe(200);
    await expect.poll(async () => (await api<{ status: string }>(`/orders/${order.id}/sync`, { method: 'POST' })).status, { timeout: 20_000 }).toBe('paid');
    expect((await api<{ status: string }>(`/bookings/${bookingId}`)).status).toBe('confirmed');

    await page.goto(`${baseUrl}/`);
    await tab(1).click();
    const card = page.locator(`[data-testid="page-visits"]:visible [data-testid="booking-card"][data-booking-id="${bookingId}"]`);
    await expect.poll(async () => {
      await tab(0).click();
      await tab(1).click();
      return card.getAttribute('data-status', { timeout: 2_000 }).catch(() => null);
    }, { timeout: 20_000, interval: 1_000 }).toBe('confirmed');
    expect(await card.getByTestId('booking-checkin').isVisible()).toBe(true);
    // The check-in goes through the API with the department's QR code; modules/queue tests cover its rules.
    const checkedIn = await api<{ status: string }>(`/bookings/${bookingId}/check-in`, { method: 'POST', body: { method: 'qr', token: clinic.qrToken } });
    expect(checkedIn.status).toBe('checked_in');
    await expect.poll(async () => {
      await tab(0).click();
      await tab(1).click();
      return card.getAttribute('data-status', { timeout: 2_000 }).catch(() => null);
    }, { timeout: 20_000, interval: 1_000 }).toBe('checked_in');
    expect(await card.getByTestId('booking-queue').isVisible()).toBe(true);
    // The live queue as the queue page reads it.
    const queue = await api<{ status: string; visitNo: number; aheadCount: number; predictedWaitMinutes: number }>(`/bookings/${bookingId}/queue`);
    expect(queue).toMatchObject({ status: 'checked_in', visitNo: (await api<{ visitNo: number }>(`/bookings/${bookingId}`)).visitNo });
    expect(queue.aheadCount).toBeGreaterThanOrEqual(0);
    expect(queue.predictedWaitMinutes).toBeGreaterThanOrEqual(0);
  }, 90_000);

  it('cancels another booking (退号) on 就诊 and the place goes back', async () => {
    const patients = await api<{ items: { id: string; isSelf: boolean }[] }>('/patients');
    const self = patients.items.find((p) => p.isSelf)!;
    // The clinic's second slot is the same doctor the same day: one booking per doctor per day, so take another doctor.
    const doctors = await api<{ items: { id: string; name: string }[] }>('/doctors?pageSize=100');
    let other: { id: string; slotId: string } | null = null;
    for (const d of doctors.items.filter((x) => x.name !== clinic.doctorName)) {
      const sessions = await api<{ items: { released: boolean; status: string; slots: { id: string; remaining: number; startsAt: string }[] }[] }>(`/doctors/${d.id}/sessions?days=7`);
      const slot = sessions.items.flatMap((s) => (s.released && s.status === 'open' ? s.slots : [])).find((x) => x.remaining > 0 && Date.parse(x.startsAt) > Date.now() + 3 * 3600_000);
      if (slot) {
        other = { id: d.id, slotId: slot.id };
        break;
      }
    }
    expect(other).not.toBeNull();
    const second = await api<{ id: string }>('/bookings', { method: 'POST', body: { patientId: self.id, slotId: other!.slotId } });
    await page.goto(`${baseUrl}/`); // from the queue page (no tab bar) back to the app's tabs, still signed in
    await tab(1).click();
    const card = page.locator(`[data-testid="page-visits"]:visible [data-testid="booking-card"][data-booking-id="${second.id}"]`);
    await expect.poll(async () => {
      await tab(0).click();
      await tab(1).click();
      return card.count();
    }, { timeout: 20_000, interval: 1_000 }).toBe(1);
    await card.getByTestId('booking-cancel').click();
    await page.locator('[data-testid="confirm-dialog"]:visible [data-testid="confirm-ok"]').click();
    await expect.poll(() => page.locator(`[data-testid="page-visits"]:visible [data-testid="booking-card"][data-booking-id="${second.id}"]`).getAttribute('data-status'), { timeout: 15_000 }).toBe('cancelled');
    expect((await api<{ status: string }>(`/bookings/${second.id}`)).status).toBe('cancelled');
    expect((await api<{ status: string }>(`/bookings/${bookingId}`)).status).toBe('checked_in');
  }, 60_000);
});
