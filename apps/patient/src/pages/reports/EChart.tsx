import { View } from '@tarojs/components';
import type { ReportTrend } from '@xinglin/contracts';
import { useEffect } from 'react';
import { usePrefs } from '../../state/prefs';

/**
 * The H5 trend chart with ECharts (loaded on demand, only in the H5 build: the mini program uses LineChart).
 * The reference range is a shaded band; abnormal points are red and larger, and their values are labelled.
 */
export function EChart({ trend, label }: { trend: ReportTrend; label: string }) {
  const { dark, care } = usePrefs();
  useEffect(() => {
    let disposed = false;
    let chart: { dispose(): void; resize(): void } | null = null;
    const el = document.querySelector('[data-testid="report-trend-echart"]') as HTMLElement | null;
    // The condition is a build-time constant: in the mini program build this block (and echarts) is dropped.
    if (process.env.TARO_ENV === 'h5') void import('echarts').then((echarts) => {
      if (disposed || !el) return;
      const text = dark ? '#e6edf3' : '#1a2233';
      const c = echarts.init(el, undefined, { renderer: 'svg' });
      const pts = trend.points.filter((p) => p.numeric !== null);
      c.setOption({
        animation: false,
        textStyle: { fontSize: care ? 16 : 12, color: text },
        grid: { left: 44, right: 16, top: 24, bottom: 36 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: pts.map((p) => p.at.slice(0, 10)), axisLabel: { color: text } },
        yAxis: { type: 'value', name: trend.unit ?? '', scale: true, axisLabel: { color: text }, nameTextStyle: { color: text } },
        series: [{
          type: 'line',
          data: pts.map((p) => ({ value: p.numeric, symbolSize: p.abnormal ? 12 : 8, itemStyle: { color: p.abnormal ? '#d93a3a' : '#0b7a6e' } })),
          lineStyle: { color: '#0b7a6e', width: 2 },
          label: { show: true, position: 'top', color: text },
          markArea: trend.referenceLow !== null || trend.referenceHigh !== null
            ? { silent: true, itemStyle: { color: dark ? 'rgba(45,190,170,0.15)' : 'rgba(11,122,110,0.10)' }, data: [[{ yAxis: trend.referenceLow ?? 'min' }, { yAxis: trend.referenceHigh ?? 'max' }]] }
            : undefined,
        }],
      });
      chart = c;
    });
    return () => {
      disposed = true;
      chart?.dispose();
    };
  }, [trend, dark, care]);
  return <View className='rp-echart' data-testid='report-trend-echart' role='img' aria-label={label} />;
}
