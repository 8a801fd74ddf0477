import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { ReportTrend } from '@xinglin/contracts';
import { useEffect, useState } from 'react';
import emptyImage from '../../assets/empty/record.png';
import { AsyncView } from '../../components/AsyncView';
import { ChoiceChips } from '../../components/ChoiceChips';
import { EmptyState } from '../../components/EmptyState';
import { PageRoot } from '../../components/PageRoot';
import { useAsync } from '../../hooks/useAsync';
import { useT } from '../../i18n';
import { formatDate } from '../../utils/format';
import { getTrend, listAnalytes } from './api';
import { arrowOfFlags } from './report-model';
import { EChart } from './EChart';
import { LineChart } from './LineChart';
import './index.css';

function rangeText(t: ReportTrend): string {
  if (t.referenceLow !== null && t.referenceHigh !== null) return `${t.referenceLow}–${t.referenceHigh}`;
  if (t.referenceHigh !== null) return `< ${t.referenceHigh}`;
  if (t.referenceLow !== null) return `> ${t.referenceLow}`;
  return '—';
}

/** 指标趋势 (`?patientId=&code=`): one analyte across all reports, as a chart (ECharts in H5) and a table. */
export default function ReportTrendPage() {
  const t = useT();
  const { patientId = '', code: initial } = useRouter().params;
  const analytes = useAsync(() => listAnalytes(patientId), [patientId]);
  const [code, setCode] = useState<string | null>(initial ?? null);
  useEffect(() => {
    if (!code && analytes.data?.items[0]) setCode(analytes.data.items[0].code);
  }, [code, analytes.data]);
  const trend = useAsync(() => (code ? getTrend(patientId, code) : Promise.resolve(null)), [patientId, code]);

  return (
    <PageRoot titleKey='title.reportTrend' testId='page-report-trend'>
      <AsyncView state={analytes} testId='report-analytes'>
        {(list) => list.items.length === 0 ? (
          <View className='xl-card'><EmptyState image={emptyImage} title={t('reports.trend.none')} testId='report-trend-empty' /></View>
        ) : (
          <View className='xl-card rp-section'>
            <Text className='rp-section__title'>{t('reports.trend.pick')}</Text>
            <ChoiceChips testId='report-analyte' value={code} onChange={setCode} options={list.items.map((a) => ({ value: a.code, label: a.name }))} />
          </View>
        )}
      </AsyncView>
      {code ? (
        <AsyncView state={trend} testId='report-trend'>
          {(tr) => tr ? (
            <View className='xl-card rp-section' data-testid='report-trend' data-code={tr.code}>
              <Text className='rp-section__title'>{tr.name}{tr.unit ? `（${tr.unit}）` : ''}</Text>
              <Text className='xl-muted'>{t('reports.trend.range', { range: rangeText(tr) })}</Text>
              <View className='rp-chart-wrap'>
                {process.env.TARO_ENV === 'h5' ? <EChart trend={tr} label={t('reports.trend.chartLabel', { name: tr.name })} /> : <LineChart trend={tr} label={t('reports.trend.chartLabel', { name: tr.name })} />}
              </View>
              <Text className='rp-label'>{t('reports.trend.table')}</Text>
              {[...tr.points].reverse().map((p) => {
                const arrow = arrowOfFlags(p.flags);
                const dir = !p.abnormal ? 'normal' : arrow === '↑' ? 'high' : arrow === '↓' ? 'low' : 'abnormal';
                const word = dir === 'high' ? t('reports.high') : dir === 'low' ? t('reports.low') : t('reports.abnormalText');
                return (
                  <View key={`${p.reportId}${p.at}`} className={`rp-trend__row rp-dir--${dir}`} data-testid='report-trend-point' data-abnormal={p.abnormal}>
                    <Text>{formatDate(p.at)}</Text>
                    <Text className='rp-obs__value'>{p.value} {p.unit ?? ''}{p.abnormal ? <Text className='rp-obs__flag'> {arrow || '!'} {word}</Text> : null}</Text>
                  </View>
                );
              })}
            </View>
          ) : <View />}
        </AsyncView>
      ) : null}
    </PageRoot>
  );
}
