import type { ReportObservation, ReportSummary, ReportTrend } from '@xinglin/contracts';

/** Pure helpers of the report pages (tested in report-model.test.ts). */

export type ReportTab = 'ready' | 'pending';

const timeOf = (r: Pick<ReportSummary, 'releasedAt' | 'collectedAt'>) => Date.parse(r.releasedAt ?? r.collectedAt ?? '') || 0;

/** 已出 (ready and corrected) and 未出 (pending), each newest first. */
export function byTab(items: ReportSummary[], tab: ReportTab): ReportSummary[] {
  const wanted = (r: ReportSummary) => (tab === 'pending' ? r.status === 'pending' : r.status !== 'pending');
  return items.filter(wanted).sort((a, b) => timeOf(b) - timeOf(a));
}

export type Direction = 'high' | 'low' | 'abnormal' | 'normal';

/** Which way a value is off; the arrow and the text come from the server, the colour class from this. */
export function directionOf(o: Pick<ReportObservation, 'abnormal' | 'arrow'>): Direction {
  if (!o.abnormal) return 'normal';
  return o.arrow === '↑' ? 'high' : o.arrow === '↓' ? 'low' : 'abnormal';
}

/** Numeric analytes can be charted: the row links to the trend. */
export const hasTrend = (o: Pick<ReportObservation, 'numeric'>) => o.numeric !== null && Number.isFinite(o.numeric);

export interface ChartPoint {
  x: number;
  y: number;
  value: number;
  label: string;
  abnormal: boolean;
}

export interface ChartGeometry {
  points: ChartPoint[];
  /** The reference band in chart coordinates (top < bottom), when the range is known. */
  band: { top: number; bottom: number } | null;
  min: number;
  max: number;
}

/** Positions for a small line chart of `width` × `height` (y grows downwards); the range includes the reference band. */
export function chartGeometry(trend: Pick<ReportTrend, 'points' | 'referenceLow' | 'referenceHigh'>, width: number, height: number, pad = 8): ChartGeometry {
  const pts = trend.points.filter((p) => p.numeric !== null && Number.isFinite(p.numeric));
  const values = pts.map((p) => p.numeric!);
  const refs = [trend.referenceLow, trend.referenceHigh].filter((v): v is number => v !== null);
  let min = Math.min(...values, ...refs);
  let max = Math.max(...values, ...refs);
  if (!Number.isFinite(min)) {
    min = 0;
    max = 1;
  }
  if (max === min) {
    min -= 1;
    max += 1;
  }
  const span = max - min;
  min -= span * 0.1;
  max += span * 0.1;
  const y = (v: number) => pad + ((max - v) / (max - min)) * (height - 2 * pad);
  const x = (i: number) => (pts.length === 1 ? width / 2 : pad + (i / (pts.length - 1)) * (width - 2 * pad));
  const low = trend.referenceLow;
  const high = trend.referenceHigh;
  const band = low !== null || high !== null ? { top: y(high ?? max), bottom: y(low ?? min) } : null;
  return { points: pts.map((p, i) => ({ x: x(i), y: y(p.numeric!), value: p.numeric!, label: p.at.slice(0, 10), abnormal: p.abnormal })), band, min, max };
}

/** A segment between two points as a rotated bar: its length and angle (degrees). */
export function segment(a: { x: number; y: number }, b: { x: number; y: number }) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  return { length: Math.hypot(dx, dy), angle: (Math.atan2(dy, dx) * 180) / Math.PI };
}

/** Hours left of a share link, for "还剩 N 小时"; 0 once expired. */
export function hoursLeft(expiresAt: string, now: Date): number {
  return Math.max(0, Math.ceil((Date.parse(expiresAt) - now.getTime()) / 3600_000));
}

export const isActiveShare = (s: { revokedAt: string | null; expiresAt: string }, now: Date) => !s.revokedAt && Date.parse(s.expiresAt) > now.getTime();

/** ↑ / ↓ from HL7 abnormal flags (H, HH / L, LL), for trend points that carry flags but no arrow. */
export function arrowOfFlags(flags: string[]): '↑' | '↓' | '' {
  if (flags.some((f) => f === 'H' || f === 'HH')) return '↑';
  if (flags.some((f) => f === 'L' || f === 'LL')) return '↓';
  return '';
}
