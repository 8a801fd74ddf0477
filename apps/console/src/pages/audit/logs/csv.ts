import type { AuditEventView } from '@xinglin/contracts';
import { pick, type Lang } from '../../../locales';
import { formatDateTime } from '../../../utils/format';
import { actions, actorKinds, labelOf, objectTypes, outcomes } from './labels';

type Cell = string | number | null | undefined;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A text starting
 * with = + - @ or a tab would run as a formula when the file is opened in Excel or WPS (CSV
 * injection), so it gets a leading apostrophe; numbers are left as they are.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n');
}

const columns: { zh: string; en: string; cell: (e: AuditEventView, lang: Lang) => Cell }[] = [
  { zh: '序号', en: 'Seq', cell: (e) => e.seq },
  { zh: '时间', en: 'Time', cell: (e) => formatDateTime(e.at) },
  { zh: '时间（UTC）', en: 'Time (UTC)', cell: (e) => e.at },
  { zh: '操作人类型', en: 'Actor kind', cell: (e, lang) => labelOf(actorKinds, e.actorKind, lang) },
  { zh: '操作人编号', en: 'Actor ID', cell: (e) => e.actorId },
  { zh: '角色', en: 'Role', cell: (e) => e.actorRole },
  { zh: '操作', en: 'Action', cell: (e, lang) => labelOf(actions, e.action, lang) },
  { zh: '操作代码', en: 'Action code', cell: (e) => e.action },
  { zh: '对象类型', en: 'Object type', cell: (e, lang) => labelOf(objectTypes, e.objectType, lang) },
  { zh: '对象类型代码', en: 'Object type code', cell: (e) => e.objectType },
  { zh: '对象编号', en: 'Object ID', cell: (e) => e.objectId },
  { zh: '患者编号', en: 'Patient ID', cell: (e) => e.patientId },
  { zh: '结果', en: 'Outcome', cell: (e, lang) => pick(outcomes[e.outcome], lang) },
  { zh: '目的', en: 'Purpose', cell: (e) => e.purpose },
  { zh: 'IP', en: 'IP', cell: (e) => e.ip },
  { zh: '请求编号', en: 'Request ID', cell: (e) => e.requestId },
];

/** The rows on screen as a CSV file's text, labels and raw codes side by side (UTF-8 BOM first, so Excel reads the Chinese). */
export function auditEventsCsv(items: readonly AuditEventView[], lang: Lang): string {
  const header = columns.map((c) => pick(c, lang));
  return `\uFEFF${toCsv(header, items.map((e) => columns.map((c) => c.cell(e, lang))))}`;
}
