import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFileSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { verifiedPatient } from '../../../test/helper';
import { extractPdfText } from '@xinglin/pdf';
import { signReceiptToken } from './receipt-token';
import { buildPaymentsTestApp, count, heldBookingWithOrder, payOrder } from './test-support';

const run = promisify(execFile);
const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('payments: electronic receipts (电子票据)', async () => {
  const { t, wechatSim } = await buildPaymentsTestApp();

  async function paidOrder() {
    const held = await heldBookingWithOrder(t);
    await payOrder(t, held.p.auth, held.order.id, { channel: 'wechat' });
    await wechatSim.pay(held.order.orderNo);
    await wechatSim.idle(); // the notification has been answered: the order is paid
    return held;
  }
  const download = (auth: Record<string, string>, orderId: string) => t.app.inject({ method: 'GET', url: `/api/v1/orders/${orderId}/receipt.pdf`, headers: auth });

  it('gives the payer a PDF with the hospital, items and amount in Chinese, and a QR code that verifies', async () => {
    const { p, order } = await paidOrder();
    const res = await download(p.auth, order.id);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = extractPdfText(pdf);
    expect(text).toContain('杏林医院');
    expect(text).toContain('医疗收费电子票据');
    expect(text).toContain('挂号费');
    expect(text).toContain(`¥${(order.totalFen / 100).toFixed(2)}`);
    expect(text).toContain('测试患者');
    expect(text).toContain('微信支付');
    if (hasPoppler) {
      const dir = mkdtempSync(path.join(tmpdir(), 'receipt-'));
      const file = path.join(dir, 'receipt.pdf');
      writeFileSync(file, pdf);
      const poppler = (await run('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })).stdout;
      expect(poppler).toContain('杏林医院');
      expect(poppler).toContain('挂号费');
      expect(poppler).toContain(`¥${(order.totalFen / 100).toFixed(2)}`);
      await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, path.join(dir, 'page')]);
      expect(statSync(path.join(dir, 'page-1.png')).size).toBeGreaterThan(1000);
      if (process.env.RECEIPT_PNG_OUT) copyFileSync(path.join(dir, 'page-1.png'), process.env.RECEIPT_PNG_OUT);
    }
    // The QR's URL (printed under it too) answers the key facts for a genuine token.
    // The URL is wrapped over lines wherever the layout breaks it (a break may come out as a space or a newline), so
    // compare without white space; the token is the order's own, deterministic.
    const token = signReceiptToken(t.config.authSecret, order.id);
    expect(text.replace(/\s/g, '')).toContain(`/api/v1/receipts/verify?t=${encodeURIComponent(token)}`);
    const verified = await t.app.inject({ method: 'GET', url: `/api/v1/receipts/verify?t=${encodeURIComponent(token)}` });
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({ valid: true, hospital: '杏林医院', orderNo: order.orderNo, totalFen: order.totalFen, patientNameMasked: '测***', orderStatus: 'paid', channel: 'wechat' });
    const html = await t.app.inject({ method: 'GET', url: `/api/v1/receipts/verify?t=${encodeURIComponent(token)}`, headers: { accept: 'text/html' } });
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain('票据真实有效');
    expect(await count(t, sql`select count(*) as n from audit_log where object_type = 'receipt' and action = 'download' and object_id = ${order.id} and outcome = 'success'`)).toBe(1);
  });

  it('refuses a tampered or forged token, and audits the attempt', async () => {
    const { order } = await paidOrder();
    const genuine = signReceiptToken(t.config.authSecret, order.id);
    const otherId = `${order.id.slice(0, -1)}${order.id.endsWith('a') ? 'b' : 'a'}`;
    const tampered = genuine.replace(order.id, otherId);
    const forged = signReceiptToken('not-the-server-secret-at-all-0000000000', order.id);
    const before = await count(t, sql`select count(*) as n from audit_log where object_type = 'receipt' and action = 'verify' and outcome = 'denied'`);
    for (const bad of [tampered, forged, `${genuine}x`, 'garbage']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/receipts/verify?t=${encodeURIComponent(bad)}` });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'RECEIPT_NOT_GENUINE', messageZh: expect.any(String), messageEn: expect.any(String) });
    }
    const page = await t.app.inject({ method: 'GET', url: `/api/v1/receipts/verify?t=${encodeURIComponent(tampered)}`, headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('校验未通过');
    expect(await count(t, sql`select count(*) as n from audit_log where object_type = 'receipt' and action = 'verify' and outcome = 'denied'`)).toBe(before + 5);
  });

  it('hides the receipt from anyone but the payer (audited), and has none before payment', async () => {
    const { p, order } = await paidOrder();
    const other = await verifiedPatient(t);
    const denied = () => count(t, sql`select count(*) as n from audit_log where object_type = 'receipt' and action = 'download' and outcome = 'denied'`);
    const before = await denied();
    expect((await download(other.auth, order.id)).statusCode).toBe(404);
    expect((await download(other.auth, 'not-a-uuid')).statusCode).toBe(404);
    expect(await denied()).toBe(before + 2);
    const unpaid = await heldBookingWithOrder(t);
    const early = await download(unpaid.p.auth, unpaid.order.id);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('RECEIPT_NOT_READY');
    const unpaidToken = signReceiptToken(t.config.authSecret, unpaid.order.id);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/receipts/verify?t=${encodeURIComponent(unpaidToken)}` })).statusCode).toBe(404);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/receipts', headers: p.auth });
    expect(list.json().items).toEqual([expect.objectContaining({ orderId: order.id, receiptNo: expect.stringMatching(/^PJ/), orderStatus: 'paid' })]);
  });
});
