import { Text, View } from '@tarojs/components';
import type { ReportTrend } from '@xinglin/contracts';
import { chartGeometry, segment } from './report-model';

const WIDTH = 300;
const HEIGHT = 180;

/**
 * A line chart out of plain views (absolutely placed dots, rotated bars for the lines, a shaded reference band), so
 * it renders the same in the mini program (no canvas, no chart library in the package) and in the H5 fallback.
 */
export function LineChart({ trend, label }: { trend: ReportTrend; label: string }) {
  const g = chartGeometry(trend, WIDTH, HEIGHT, 16);
  const px = (n: number) => `${n.toFixed(1)}px`;
  return (
    <View className='rp-chart' style={{ width: px(WIDTH), height: px(HEIGHT) }} role='img' aria-label={label} data-testid='report-trend-chart' data-points={g.points.length}>
      {g.band ? <View className='rp-chart__band' style={{ top: px(g.band.top), height: px(Math.max(1, g.band.bottom - g.band.top)) }} /> : null}
      {g.points.slice(1).map((p, i) => {
        const s = segment(g.points[i]!, p);
        return <View key={`l${i}`} className='rp-chart__line' style={{ left: px(g.points[i]!.x), top: px(g.points[i]!.y), width: px(s.length), transform: `rotate(${s.angle}deg)` }} />;
      })}
      {g.points.map((p, i) => (
        <View key={`p${i}`}>
          <View className={`rp-chart__dot${p.abnormal ? ' is-abnormal' : ''}`} style={{ left: px(p.x - 5), top: px(p.y - 5) }} />
          <Text className='rp-chart__value' style={{ left: px(p.x - 20), top: px(p.y - 24) }}>{p.value}</Text>
        </View>
      ))}
    </View>
  );
}
