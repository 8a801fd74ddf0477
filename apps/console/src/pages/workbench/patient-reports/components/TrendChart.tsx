import type { ReportTrend } from '@xinglin/contracts';

const W = 520;
const H = 200;
const PAD = 28;

/** A small SVG line chart: the reference range shaded, abnormal points red and labelled. */
export default function TrendChart({ trend, label }: { trend: ReportTrend; label: string }) {
  const pts = trend.points.filter((p) => p.numeric !== null);
  const refs = [trend.referenceLow, trend.referenceHigh].filter((v): v is number => v !== null);
  const values = pts.map((p) => p.numeric!);
  let min = Math.min(...values, ...refs);
  let max = Math.max(...values, ...refs);
  if (!Number.isFinite(min)) [min, max] = [0, 1];
  if (min === max) [min, max] = [min - 1, max + 1];
  const span = max - min;
  [min, max] = [min - span * 0.1, max + span * 0.1];
  const y = (v: number) => PAD + ((max - v) / (max - min)) * (H - 2 * PAD);
  const x = (i: number) => (pts.length === 1 ? W / 2 : PAD + (i / (pts.length - 1)) * (W - 2 * PAD));
  const band = refs.length ? { top: y(trend.referenceHigh ?? max), bottom: y(trend.referenceLow ?? min) } : null;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={label} data-testid="console-trend-chart" style={{ maxWidth: W, background: '#f7f9fa', borderRadius: 8 }}>
      {band && <rect x={0} y={band.top} width={W} height={Math.max(1, band.bottom - band.top)} fill="#e3f4f1" />}
      <polyline fill="none" stroke="#0b7a6e" strokeWidth={2} points={pts.map((p, i) => `${x(i)},${y(p.numeric!)}`).join(' ')} />
      {pts.map((p, i) => (
        <g key={`${p.reportId}${i}`}>
          <circle cx={x(i)} cy={y(p.numeric!)} r={p.abnormal ? 6 : 4} fill={p.abnormal ? '#c62828' : '#0b7a6e'} />
          <text x={x(i)} y={y(p.numeric!) - 10} textAnchor="middle" fontSize={12} fill="#1a2233">{p.value}{p.abnormal ? ' !' : ''}</text>
          <text x={x(i)} y={H - 8} textAnchor="middle" fontSize={11} fill="#5f6b7a">{p.at.slice(0, 10)}</text>
        </g>
      ))}
    </svg>
  );
}
