/** The invariants every report we hand to the server must keep; used after mapping and by the fuzz tests. */
import type { InboundReport } from './model';

const FLAGS = new Set(['H', 'L', 'HH', 'LL', 'A', 'N']);
const VALUE_TYPES = new Set(['NM', 'ST', 'TX', 'CE', 'CWE', 'SN']);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?[+-]\d{2}:\d{2}$/;

/** Human-readable problems; an empty list means the report is complete. */
export function reportProblems(report: InboundReport): string[] {
  const problems: string[] = [];
  if (!report.messageId) problems.push('messageId is empty');
  if (report.patient.identifiers.length === 0) problems.push('patient has no identifier');
  for (const id of report.patient.identifiers) if (!id.value) problems.push('patient identifier without value');
  if (report.patient.birthDate && !/^\d{4}-\d{2}-\d{2}$/.test(report.patient.birthDate)) problems.push('birthDate is not YYYY-MM-DD');
  if (report.orders.length === 0) problems.push('no orders');
  for (const [i, order] of report.orders.entries()) {
    if (!order.code || !order.name) problems.push(`order ${i + 1} has no code or name`);
    for (const t of [order.collectedAt, order.releasedAt]) if (t && !ISO.test(t)) problems.push(`order ${i + 1} time ${t} is not ISO 8601`);
    for (const o of order.observations) {
      if (!o.code || !o.name) problems.push(`observation ${o.seq} has no code or name`);
      if (!VALUE_TYPES.has(o.valueType)) problems.push(`observation ${o.seq} has value type ${o.valueType}`);
      if (o.valueType === 'NM' && o.value !== '' && !Number.isFinite(o.numeric)) problems.push(`observation ${o.seq} NM without a number`);
      if (o.numeric !== undefined && !Number.isFinite(o.numeric)) problems.push(`observation ${o.seq} numeric is not finite`);
      if (o.flags.some((f) => !FLAGS.has(f))) problems.push(`observation ${o.seq} has an unknown flag`);
      if (o.observedAt && !ISO.test(o.observedAt)) problems.push(`observation ${o.seq} time is not ISO 8601`);
    }
  }
  return problems;
}
