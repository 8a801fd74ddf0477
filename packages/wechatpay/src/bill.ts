// The trade bill file behind /v3/bill/tradebill's download_url: a header line, one line per
// transaction with every field prefixed by a backtick (so spreadsheets keep long numbers as text),
// then a summary header and a summary line. Amounts are yuan; rows come back in fen.
import { fenToYuan, yuanToFen } from './fen';

export const TRADE_BILL_COLUMNS = [
  '交易时间', '公众账号ID', '商户号', '特约商户号', '设备号', '微信订单号', '商户订单号', '用户标识', '交易类型',
  '交易状态', '付款银行', '货币种类', '应结订单金额', '代金券金额', '微信退款单号', '商户退款单号', '退款金额',
  '充值券退款金额', '退款类型', '退款状态', '商品名称', '商户数据包', '手续费', '费率', '订单金额', '申请退款金额',
  '费率备注',
] as const;

export const TRADE_BILL_SUMMARY_COLUMNS = [
  '总交易单数', '应结订单总金额', '退款总金额', '充值券退款总金额', '手续费总金额', '订单总金额', '申请退款总金额',
] as const;

export interface TradeBillRow {
  tradeTime: string;
  appid: string;
  mchid: string;
  transactionId: string;
  outTradeNo: string;
  openid: string;
  tradeType: string;
  /** SUCCESS for a payment line, REFUND for a refund line. */
  tradeState: string;
  currency: string;
  settlementTotalFen: number;
  refundId: string;
  outRefundNo: string;
  refundFen: number;
  refundStatus: string;
  description: string;
  attach: string;
  orderTotalFen: number;
  requestedRefundFen: number;
  /** Every column by its header, backticks removed, for fields not mapped above. */
  raw: Record<string, string>;
}

export interface TradeBillSummary {
  count: number;
  settlementTotalFen: number;
  refundTotalFen: number;
  orderTotalFen: number;
  requestedRefundTotalFen: number;
}

export interface TradeBill {
  rows: TradeBillRow[];
  summary: TradeBillSummary;
}

const unquote = (field: string): string => (field.startsWith('`') ? field.slice(1) : field);
const fenOrZero = (text: string | undefined): number => (text ? yuanToFen(text) : 0);
// Bills print `0 in the refund-number columns of a payment line.
const noneIfZero = (text: string | undefined): string => (text === undefined || text === '0' ? '' : text);

function splitLine(line: string): string[] {
  return line.split(',').map(unquote);
}

function byHeader(header: string[], values: string[]): Record<string, string> {
  return Object.fromEntries(header.map((name, i) => [name, values[i] ?? '']));
}

function toRow(raw: Record<string, string>): TradeBillRow {
  return {
    tradeTime: raw['交易时间'] ?? '', appid: raw['公众账号ID'] ?? '', mchid: raw['商户号'] ?? '',
    transactionId: raw['微信订单号'] ?? '', outTradeNo: raw['商户订单号'] ?? '', openid: raw['用户标识'] ?? '',
    tradeType: raw['交易类型'] ?? '', tradeState: raw['交易状态'] ?? '', currency: raw['货币种类'] ?? '',
    settlementTotalFen: fenOrZero(raw['应结订单金额']), refundId: noneIfZero(raw['微信退款单号']),
    outRefundNo: noneIfZero(raw['商户退款单号']), refundFen: fenOrZero(raw['退款金额']), refundStatus: raw['退款状态'] ?? '',
    description: raw['商品名称'] ?? '', attach: raw['商户数据包'] ?? '', orderTotalFen: fenOrZero(raw['订单金额']),
    requestedRefundFen: fenOrZero(raw['申请退款金额']), raw,
  };
}

/** Throws RangeError on a file that does not have the header/rows/summary shape. */
export function parseTradeBill(text: string): TradeBill {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = lines[0] === undefined ? [] : splitLine(lines[0]);
  if (header[0] !== '交易时间') throw new RangeError('trade bill does not start with the 交易时间 header');
  const summaryAt = lines.findIndex((line) => line.startsWith('总交易单数'));
  if (summaryAt < 0 || lines[summaryAt + 1] === undefined) throw new RangeError('trade bill has no summary');
  const rows = lines.slice(1, summaryAt).map((line) => toRow(byHeader(header, splitLine(line))));
  const sum = byHeader(splitLine(lines[summaryAt]!), splitLine(lines[summaryAt + 1]!));
  const summary: TradeBillSummary = {
    count: Number(sum['总交易单数'] ?? 0),
    settlementTotalFen: fenOrZero(sum['应结订单总金额']),
    refundTotalFen: fenOrZero(sum['退款总金额']),
    orderTotalFen: fenOrZero(sum['订单总金额']),
    requestedRefundTotalFen: fenOrZero(sum['申请退款总金额']),
  };
  return { rows, summary };
}

export type TradeBillLineInput = Omit<TradeBillRow, 'raw'>;

/** Writes a bill in WeChat's layout; the simulator serves this, tests feed it back to parseTradeBill. */
export function formatTradeBill(rows: readonly TradeBillLineInput[]): string {
  const line = (r: TradeBillLineInput): string =>
    [
      r.tradeTime, r.appid, r.mchid, '0', '', r.transactionId, r.outTradeNo, r.openid, r.tradeType, r.tradeState,
      'OTHERS', r.currency, fenToYuan(r.settlementTotalFen), '0.00', r.refundId || '0', r.outRefundNo || '0',
      fenToYuan(r.refundFen), '0.00', r.refundId ? 'ORIGINAL' : '', r.refundStatus, r.description, r.attach,
      '0.00000', '0.60%', fenToYuan(r.orderTotalFen), fenToYuan(r.requestedRefundFen), '',
    ].map((f) => `\`${f}`).join(',');
  const total = (pick: (r: TradeBillLineInput) => number): string => fenToYuan(rows.reduce((s, r) => s + pick(r), 0));
  const summary = [
    String(rows.length), total((r) => r.settlementTotalFen), total((r) => r.refundFen), '0.00', '0.00000',
    total((r) => r.orderTotalFen), total((r) => r.requestedRefundFen),
  ].map((f) => `\`${f}`).join(',');
  return [TRADE_BILL_COLUMNS.join(','), ...rows.map(line), TRADE_BILL_SUMMARY_COLUMNS.join(','), summary, ''].join('\r\n');
}
