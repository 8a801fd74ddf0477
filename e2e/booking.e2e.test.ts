/// <reference lib="dom" />
/**
 * Booking, end to end on the H5: a new patient signs in, finds a doctor by a disease (糖尿病) in 搜索, books the
 * doctor's clinic that starts within half an hour from the slot grid, pays (through the API and the simulated WeChat Pay
 * cashier: the cashier page has its own browser test), checks in on the 签到 page by pasting the department's QR code
 * text (what the H5 offers in place of the camera), lands on the live queue (排队) page, then books a second clinic and
 * cancels it (退号) on 就诊. Any browser console error or uncaught exception fails the step.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { type ApiInit, callApi, idNumber, pageRoot as rootOf, phoneForFile, randomPhone, signInOnH5, tab as tabOf } from './patient-h5';

const baseUrl = inject('baseUrl').replace(/\/+$/, '');
const clinic = inject('checkinClinic');
const phone = randomPhone('1350000');

let page: Page;
let token = '';
let bookingId = '';
phoneForFile((p) => (page = p));

const pageRoot = (name: string) => rootOf(page, name);
const tab = (index: number) => tabOf(page, index);
const api = <T>(path: string, init?: ApiInit) => callApi<T>(baseUrl, token, path, init);

describe('booking: find by disease → book → pay → check in → queue → cancel another', () => {
  it('signs a new patient in and verifies their real name', async () => {
    token = await signInOnH5(page, baseUrl, phone);
    expect(token).not.toBe('');
    const verified = await api<{ verificationLevel: number }>('/patients/self/verification', { method: 'POST', body: { name: '林晓彤', idNumber: idNumber('19900512', 102 + 2 * Math.floor(Math.random() * 400), '330106') } });
    expect(verified.verificationLevel).toBe(2);
  }, 60_000);

  it('finds 韩淑芬 by searching 糖尿病 and books her clinic that starts within half an hour', async () => {
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
    await doctor.locator(`[data-testid="sched-day"][data-date="${clinic.date}"]`).click();
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
    // 签到 on the H5: paste the text of the department's posted QR code (the mini program opens the camera instead).
    await card.getByTestId('booking-checkin').click();
    const checkin = pageRoot('checkin');
    expect(await checkin.getByTestId('checkin-summary').innerText()).toContain(clinic.doctorName);
    await checkin.getByTestId('checkin-token').locator('input').fill(clinic.qrToken);
    await checkin.getByTestId('checkin-token-submit').click();
    // A checked-in patient goes straight to the live queue (排队).
    const queue = pageRoot('queue');
    await expect.poll(() => queue.getByTestId('queue-status').getAttribute('data-status', { timeout: 2_000 }).catch(() => null), { timeout: 20_000 }).toBe('checked_in');
    const booking = await api<{ status: string; visitNo: number }>(`/bookings/${bookingId}`);
    expect(booking.status).toBe('checked_in');
    expect(await queue.getByTestId('queue-mine').innerText()).toContain(String(booking.visitNo));
    // The page shows what the queue API says for this booking: people ahead and the predicted wait.
    const live = await api<{ aheadCount: number; predictedWaitMinutes: number }>(`/bookings/${bookingId}/queue`);
    expect(await queue.getByTestId('queue-ahead').innerText()).toContain(String(live.aheadCount));
    expect(await queue.getByTestId('queue-wait').innerText()).toContain(String(live.predictedWaitMinutes));
    // Back on 就诊 the card now leads to the queue.
    await page.goto(`${baseUrl}/`);
    await tab(1).click();
    await expect.poll(async () => {
      await tab(0).click();
      await tab(1).click();
      return card.getAttribute('data-status', { timeout: 2_000 }).catch(() => null);
    }, { timeout: 20_000, interval: 1_000 }).toBe('checked_in');
    expect(await card.getByTestId('booking-queue').isVisible()).toBe(true);
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

  it('opens the same bookings from 我的 → 我的挂号', async () => {
    await tab(3).click();
    await pageRoot('me').getByTestId('me-bookings').click();
    await page.locator(`[data-testid="page-visits"]:visible [data-testid="booking-card"][data-booking-id="${bookingId}"]`).waitFor({ timeout: 15_000 });
  });
});
