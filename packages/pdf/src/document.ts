import PDFDocument from 'pdfkit';
import { fontFace } from './fonts';

/** A small, layout-neutral document model: callers (reports, receipts) describe content, this file lays it out. */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** Label/value pairs, two per line. */
  | { kind: 'fields'; items: { label: string; value: string }[] }
  | { kind: 'table'; columns: TableColumn[]; rows: TableRow[] }
  | { kind: 'spacer'; height?: number };

export interface TableColumn {
  header: string;
  /** Share of the text width; the shares are normalised. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface TableRow {
  cells: string[];
  /** Bold and coloured: abnormal results, totals. */
  emphasis?: boolean;
}

export interface PdfSpec {
  /** PDF metadata title. */
  title: string;
  author?: string;
  subject?: string;
  /** Printed at the foot of every page, with the page number. */
  footer?: string;
  /** Fixed creation date: the same spec renders the same bytes. */
  createdAt?: Date;
  blocks: Block[];
}

const MARGIN = 50;
const EMPHASIS = '#c0392b';
const MUTED = '#666666';

/** Renders a spec to PDF bytes, with Chinese text embedded as a subset of Noto Sans SC. */
export function renderPdf(spec: PdfSpec): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    // The default would load Helvetica's AFM from disk; the CJK font covers Latin text too.
    font: fontFace('regular') as unknown as string,
    info: { Title: spec.title, Author: spec.author ?? '', Subject: spec.subject ?? '', CreationDate: spec.createdAt ?? new Date(), Producer: 'Xinglin', Creator: 'Xinglin' },
  });
  doc.registerFont('regular', fontFace('regular') as unknown as string);
  doc.registerFont('bold', fontFace('bold') as unknown as string);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const block of spec.blocks) drawBlock(doc, block);
  if (spec.footer !== undefined) drawFooters(doc, spec.footer);
  doc.end();
  return done;
}

type Doc = PDFKit.PDFDocument;
const textWidth = (doc: Doc) => doc.page.width - 2 * MARGIN;

function drawBlock(doc: Doc, block: Block): void {
  switch (block.kind) {
    case 'title':
      doc.font('bold').fontSize(18).fillColor('black').text(block.text, { align: 'center' }).moveDown(0.6);
      return;
    case 'heading':
      doc.moveDown(0.4).font('bold').fontSize(13).fillColor('black').text(block.text).moveDown(0.3);
      return;
    case 'paragraph':
      doc.font('regular').fontSize(10.5).fillColor('black').text(block.text, { lineGap: 2 }).moveDown(0.4);
      return;
    case 'fields':
      drawFields(doc, block.items);
      return;
    case 'table':
      drawTable(doc, block.columns, block.rows);
      return;
    case 'spacer':
      doc.moveDown(block.height ?? 1);
  }
}

function drawFields(doc: Doc, items: { label: string; value: string }[]): void {
  const half = textWidth(doc) / 2;
  doc.font('regular').fontSize(10);
  for (let i = 0; i < items.length; i += 2) {
    const y = doc.y;
    const pair = items.slice(i, i + 2);
    let bottom = y;
    pair.forEach((item, k) => {
      doc.fillColor(MUTED).text(`${item.label}：`, MARGIN + k * half, y, { continued: true, width: half - 8 }).fillColor('black').text(item.value || '—');
      bottom = Math.max(bottom, doc.y);
    });
    doc.x = MARGIN;
    doc.y = bottom + 2;
  }
  doc.moveDown(0.4);
}

function drawTable(doc: Doc, columns: TableColumn[], rows: TableRow[]): void {
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * textWidth(doc));
  const drawRow = (cells: string[], font: 'regular' | 'bold', color: string) => {
    doc.font(font).fontSize(9.5).fillColor(color);
    const heights = cells.map((cell, i) => doc.heightOfString(cell || ' ', { width: widths[i]! - 6 }));
    const height = Math.max(...heights) + 6;
    if (doc.y + height > doc.page.height - MARGIN - 20) doc.addPage();
    const y = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      doc.text(cell, x + 3, y + 3, { width: widths[i]! - 6, align: columns[i]?.align ?? 'left' });
      x += widths[i]!;
    });
    doc.moveTo(MARGIN, y + height).lineTo(MARGIN + textWidth(doc), y + height).lineWidth(0.5).strokeColor('#cccccc').stroke();
    doc.x = MARGIN;
    doc.y = y + height;
  };
  drawRow(columns.map((c) => c.header), 'bold', 'black');
  for (const row of rows) drawRow(row.cells, row.emphasis ? 'bold' : 'regular', row.emphasis ? EMPHASIS : 'black');
  doc.moveDown(0.6);
}

function drawFooters(doc: Doc, footer: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(8).fillColor(MUTED).text(`${footer}    第 ${i + 1} / ${range.count} 页`, MARGIN, doc.page.height - MARGIN + 10, { width: textWidth(doc), align: 'center' });
    doc.page.margins.bottom = bottom;
  }
}
