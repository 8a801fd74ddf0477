import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPdfText, renderPdf, type PdfSpec } from './index';

const spec: PdfSpec = {
  title: '检验报告单',
  author: '杏林医院',
  footer: '杏林医院 检验科',
  createdAt: new Date('2026-11-26T08:00:00Z'),
  blocks: [
    { kind: 'title', text: '杏林医院 检验报告单' },
    { kind: 'fields', items: [{ label: '姓名', value: '张三' }, { label: '项目', value: '血常规 CBC' }, { label: '标本', value: '静脉血' }] },
    {
      kind: 'table',
      columns: [{ header: '项目', width: 3 }, { header: '结果', width: 2, align: 'right' }, { header: '参考范围', width: 2 }],
      rows: [{ cells: ['空腹血糖 GLU', '7.8 ↑', '3.9-6.1'], emphasis: true }, { cells: ['白细胞计数', '6.1', '3.5-9.5'] }],
    },
    { kind: 'paragraph', text: '提示：空腹血糖高于参考范围，请结合临床。' },
  ],
};

function hasPoppler(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('renderPdf', () => {
  it('writes a PDF whose Chinese text extracts again, with the font embedded', async () => {
    const pdf = await renderPdf(spec);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = extractPdfText(pdf);
    for (const s of ['杏林医院 检验报告单', '张三', '空腹血糖 GLU', '静脉血', '请结合临床', '第 1 / 1 页']) expect(text).toContain(s);
    expect(pdf.toString('latin1')).toMatch(/\/FontFile3|\/FontFile2/);
    // The font subset, not the whole 8 MB face.
    expect(pdf.length).toBeLessThan(400_000);
  });

  it('extracts text set with ligatures (ff, fi, fl) and every character after them', async () => {
    // pdfkit draws "ff" as one glyph whose ToUnicode entry is <0066 0066>; a reader that skips it shifts every later
    // character of the font by one (a receipt's verification URL came out wrong this way).
    const line = 'off-office fluffy fifty xlr1.612309ffa238.Mdm_E507oRDUZwFkl5rfEYjMO';
    const text = extractPdfText(await renderPdf({ ...spec, blocks: [{ kind: 'paragraph', text: line }, { kind: 'paragraph', text: 'MDUZ after' }] }));
    expect(text.replace(/\s/g, '')).toContain(line.replace(/\s/g, ''));
    expect(text).toContain('MDUZ after');
  });

  it.runIf(hasPoppler())('is read by poppler (pdftotext) too', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xinglin-pdf-'));
    const file = path.join(dir, 'report.pdf');
    writeFileSync(file, await renderPdf(spec));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');
    expect(text).toContain('检验报告单');
    expect(text).toContain('空腹血糖');
  });

  it('breaks long tables across pages and numbers every page', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => ({ cells: [`项目${i}`, String(i), '0-100'] }));
    const pdf = await renderPdf({ ...spec, blocks: [{ kind: 'table', columns: [{ header: '项目', width: 1 }, { header: '结果', width: 1 }, { header: '范围', width: 1 }], rows }] });
    const pages = extractPdfText(pdf).split('\f');
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.at(-1)).toContain(`第 ${pages.length} / ${pages.length} 页`);
    expect(pages.join('')).toContain('项目79');
  });
});
