// The trade bill (对账单, bill_type "trade") behind alipay.data.dataservice.bill.downloadurl.query's
// bill_download_url: a zip holding two GBK CSV files, the detail (…_业务明细.csv) and its summary
// (…_业务明细(汇总).csv). The detail has '#' comment lines around the list: account and dates before the
// start marker, then the header and one line per 交易 (payment) or 退款 (refund), the end marker and the totals.
// Refund lines carry negative amounts (商家实收 is money leaving the merchant).
import { unzipSync, zipSync } from 'fflate';
import iconv from 'iconv-lite';

export const ALIPAY_BILL_COLUMNS = [
  '支付宝交易号', '商户订单号', '业务类型', '商品名称', '创建时间', '完成时间', '门店编号', '门店名称', '操作员', '终端号', '对方账户',
  '订单金额（元）', '商家实收（元）', '支付宝红包（元）', '集分宝（元）', '支付宝优惠（元）', '商家优惠（元）', '券核销金额（元）', '券名称',
  '商家红包消费金额（元）', '卡消费金额（元）', '退款批次号/请求号', '服务费（元）', '分润（元）', '备注',
] as const;

const NEEDED = ['支付宝交易号', '商户订单号', '业务类型', '商品名称', '创建时间', '完成时间', '商家实收（元）', '退款批次号/请求号'] as const;
const LIST_START = '#-----------------------------------------业务明细列表----------------------------------------';
const LIST_END = '#-----------------------------------------业务明细列表结束------------------------------------';

export interface AlipayBillLineInput {
  tradeNo: string;
  outTradeNo: string;
  kind: '交易' | '退款';
  subject: string;
  /** Beijing time, "yyyy-MM-dd HH:mm:ss". */
  createdAt: string;
  finishedAt: string;
  /** Positive for a payment, negative for a refund (the amount refunded). */
  amountFen: number;
  /** The refund's out_request_no; empty for a payment. */
  outRequestNo: string;
}

export interface AlipayBillRow extends AlipayBillLineInput {
  /** Every column by its header, as written. */
  raw: Record<string, string>;
}

/** Signed fen → "12.34" / "-12.34". */
const yuan = (fen: number) => `${fen < 0 ? '-' : ''}${Math.floor(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, '0')}`;

function signedFen(text: string): number {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) throw new RangeError(`not a yuan amount in the Alipay bill: ${JSON.stringify(text)}`);
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -fen : fen;
}

const cnDate = (date: string, time = '00:00:00') => `${date.slice(0, 4)}年${date.slice(5, 7)}月${date.slice(8, 10)}日 ${time}`;

/** The zip Alipay serves for one day (`date` yyyy-MM-dd) of merchant `pid`. */
export function formatAlipayBill(input: { pid: string; date: string; rows: AlipayBillLineInput[]; exportedAt: string }): Uint8Array {
  const { pid, date, rows } = input;
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const trades = rows.filter((r) => r.kind === '交易');
  const refunds = rows.filter((r) => r.kind === '退款');
  const total = (list: AlipayBillLineInput[]) => yuan(list.reduce((s, r) => s + r.amountFen, 0));
  const line = (r: AlipayBillLineInput) =>
    [r.tradeNo, r.outTradeNo, r.kind, r.subject.replace(/[,\r\n]/g, ' '), r.createdAt, r.finishedAt, '', '', '', '', 'pat***@example.com', yuan(r.amountFen), yuan(r.amountFen), '0.00', '0.00', '0.00', '0.00', '0.00', '', '0.00', '0.00', r.outRequestNo, '0.00', '0.00', '']
      .map((cell) => `${cell}\t`)
      .join(',');
  const detail = [
    '#支付宝业务明细查询', `#账号：[${pid}0156]`, `#起始日期：[${cnDate(date)}]   终止日期：[${cnDate(next)}]`, LIST_START,
    ALIPAY_BILL_COLUMNS.join(','), ...rows.map(line), LIST_END,
    `#交易合计：${trades.length}笔，商家实收共${total(trades)}元，商家优惠共0.00元`,
    `#退款合计：${refunds.length}笔，商家实收退款共${total(refunds)}元，商家优惠退款共0.00元`,
    `#导出时间：[${input.exportedAt}]`,
  ].join('\r\n');
  const summary = [
    '#支付宝业务汇总查询', `#账号：[${pid}0156]`, `#起始日期：[${cnDate(date)}]   终止日期：[${cnDate(next)}]`,
    '#-----------------------------------------业务汇总列表----------------------------------------',
    '门店编号,门店名称,交易订单总笔数,退款订单总笔数,订单金额（元）,商家实收（元）',
    `合计,,${trades.length},${refunds.length},${total(rows)},${total(rows)}`,
    '#-----------------------------------------业务汇总列表结束------------------------------------',
  ].join('\r\n');
  const stem = `${pid}0156_${date.replace(/-/g, '')}`;
  // Entry names are GBK on Alipay's side too; fflate writes UTF-8 names, which readers accept.
  return zipSync({ [`${stem}_业务明细.csv`]: iconv.encode(detail, 'gbk'), [`${stem}_业务明细(汇总).csv`]: iconv.encode(summary, 'gbk') });
}

/** Reads the detail file of a bill zip: every 交易 and 退款 line. Throws RangeError on anything else. */
export function parseAlipayBill(zip: Uint8Array): { rows: AlipayBillRow[]; tradeCount: number; refundCount: number } {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip);
  } catch (err) {
    throw new RangeError('the Alipay bill is not a zip file', { cause: err });
  }
  // A GBK name read as UTF-8 is mangled, so the detail is told by its content, not only by its name.
  const texts = Object.values(files).map((bytes) => iconv.decode(Buffer.from(bytes), 'gbk'));
  const detail = texts.find((t) => t.includes(LIST_START) && t.includes('支付宝交易号'));
  if (!detail) throw new RangeError(`no 业务明细 file in the Alipay bill (${Object.keys(files).join(', ')})`);
  const lines = detail.split(/\r?\n/);
  const start = lines.indexOf(LIST_START);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('#') && l.includes('业务明细列表结束'));
  if (end < 0) throw new RangeError('the Alipay bill has no end marker');
  const header = lines[start + 1]!.split(',').map((h) => h.trim());
  const at = (name: (typeof ALIPAY_BILL_COLUMNS)[number]) => {
    const i = header.indexOf(name);
    if (i < 0) throw new RangeError(`the Alipay bill has no column ${name}`);
    return i;
  };
  const index = Object.fromEntries(NEEDED.map((c) => [c, at(c)]));
  const rows = lines.slice(start + 2, end).filter((l) => l.trim() !== '').map((l): AlipayBillRow => {
    // Alipay pads every cell with a tab so spreadsheets keep long numbers as text.
    const cells = l.split(',').map((c) => c.replace(/\t/g, '').trim());
    const get = (name: (typeof NEEDED)[number]) => cells[index[name]!] ?? '';
    const kind = get('业务类型');
    if (kind !== '交易' && kind !== '退款') throw new RangeError(`unknown 业务类型 in the Alipay bill: ${JSON.stringify(kind)}`);
    return {
      tradeNo: get('支付宝交易号'), outTradeNo: get('商户订单号'), kind, subject: get('商品名称'), createdAt: get('创建时间'), finishedAt: get('完成时间'),
      amountFen: signedFen(get('商家实收（元）')), outRequestNo: get('退款批次号/请求号'), raw: Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])),
    };
  });
  return { rows, tradeCount: rows.filter((r) => r.kind === '交易').length, refundCount: rows.filter((r) => r.kind === '退款').length };
}
