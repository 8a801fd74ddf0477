import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { ORDER_ITEM_CATEGORY_LABELS, type OrderItem } from '@xinglin/contracts';

/** What a receipt (电子票据) prints; built by receipt-service.ts from the paid order. */
export interface ReceiptFacts {
  hospital: string;
  receiptNo: string;
  orderNo: string;
  payer: string;
  patientName: string;
  items: OrderItem[];
  totalFen: number;
  refundedFen: number;
  channelLabel: string;
  transactionId: string;
  paidAt: Date;
  issuedAt: Date;
  verifyUrl: string;
}

export const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;
export const chinaTime = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');

// The CJK font ships through npm (@embedpdf/fonts-sc, as packages/pdf uses): never the machine's fonts. packages/pdf
// has no image or vector drawing, which the QR code needs, so the receipt is laid out here with pdfkit directly.
const fonts = new Map<string, Buffer>();
function font(weight: 'Regular' | 'Bold'): Buffer {
  let bytes = fonts.get(weight);
  if (!bytes) {
    const require = createRequire(import.meta.url);
    const dirs = [...(require.resolve.paths('@embedpdf/fonts-sc') ?? []), path.join(process.cwd(), 'node_modules')].map((d) => path.join(d, '@embedpdf', 'fonts-sc', 'fonts'));
    const dir = dirs.find((d) => existsSync(path.join(d, 'NotoSansHans-Regular.otf')));
    if (!dir) throw new Error('@embedpdf/fonts-sc is not installed: receipts need its Noto Sans SC font');
    bytes = readFileSync(path.join(dir, `NotoSansHans-${weight}.otf`));
    fonts.set(weight, bytes);
  }
  return bytes;
}

const M = 50;
const MUTED = '#666666';

/** Draws the QR code of `text` as filled squares: vector, so it scans at any zoom or print size. */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const cell = size / (n + 8); // a 4-module quiet zone on each side
  doc.rect(x, y, size, size).fill('white');
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.modules.get(r, c)) doc.rect(x + (c + 4) * cell, y + (r + 4) * cell, cell, cell);
  doc.fill('black');
}

export function receiptPdf(f: ReceiptFacts): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: M, font: font('Regular') as unknown as string, info: { Title: `${f.hospital} 电子票据 ${f.receiptNo}`, Author: f.hospital, Producer: 'Xinglin', Creator: 'Xinglin', CreationDate: f.issuedAt } });
  doc.registerFont('regular', font('Regular'));
  doc.registerFont('bold', font('Bold'));
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * M;
  doc.font('bold').fontSize(18).text(f.hospital, M, M, { width, align: 'center' });
  doc.font('bold').fontSize(14).text('医疗收费电子票据', { width, align: 'center' }).moveDown(0.8);
  const qrSize = 110;
  drawQr(doc, f.verifyUrl, M + width - qrSize, doc.y, qrSize);
  const fieldsTop = doc.y;
  const field = (label: string, value: string) => doc.font('regular').fontSize(10.5).fillColor(MUTED).text(`${label}：`, M, doc.y, { continued: true, width: width - qrSize - 10 }).fillColor('black').text(value);
  field('票据号码', f.receiptNo);
  field('订单号', f.orderNo);
  field('缴费人', f.payer);
  field('就诊人', f.patientName);
  field('支付方式', f.channelLabel);
  field('交易流水号', f.transactionId);
  field('支付时间', chinaTime(f.paidAt));
  field('开票时间', chinaTime(f.issuedAt));
  doc.font('regular').fontSize(8).fillColor(MUTED).text('扫码验证票据真伪', M + width - qrSize, fieldsTop + qrSize + 2, { width: qrSize, align: 'center' });
  doc.x = M;
  doc.y = Math.max(doc.y, fieldsTop + qrSize + 16) + 10;

  const cols = [{ h: '项目名称', w: 0.4, a: 'left' }, { h: '类别', w: 0.15, a: 'left' }, { h: '数量', w: 0.1, a: 'right' }, { h: '单价', w: 0.15, a: 'right' }, { h: '金额', w: 0.2, a: 'right' }] as const;
  const row = (cells: string[], bold = false) => {
    doc.font(bold ? 'bold' : 'regular').fontSize(10).fillColor('black');
    const y = doc.y;
    let x = M;
    const h = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: cols[i]!.w * width - 6 }))) + 8;
    cells.forEach((c, i) => {
      doc.text(c, x + 3, y + 4, { width: cols[i]!.w * width - 6, align: cols[i]!.a });
      x += cols[i]!.w * width;
    });
    doc.moveTo(M, y + h).lineTo(M + width, y + h).lineWidth(0.5).strokeColor('#bbbbbb').stroke();
    doc.x = M;
    doc.y = y + h;
  };
  doc.moveTo(M, doc.y).lineTo(M + width, doc.y).lineWidth(0.8).strokeColor('#333333').stroke();
  row(cols.map((c) => c.h), true);
  for (const i of f.items) row([i.name, ORDER_ITEM_CATEGORY_LABELS[i.category], String(i.quantity), yuan(i.unitFen), yuan(i.amountFen)]);
  row(['合计', '', '', '', yuan(f.totalFen)], true);
  doc.moveDown(0.8);
  if (f.refundedFen > 0) doc.font('bold').fontSize(11).fillColor('#c0392b').text(`已退款 ${yuan(f.refundedFen)}`, M).fillColor('black').moveDown(0.5);
  doc.font('regular').fontSize(9).fillColor(MUTED).text(`本票据由${f.hospital}线上缴费系统开具，与纸质票据具有同等效力。扫描二维码或访问以下地址核验：`, M, doc.y, { width });
  doc.text(f.verifyUrl, { width, link: f.verifyUrl });
  doc.end();
  return done;
}
