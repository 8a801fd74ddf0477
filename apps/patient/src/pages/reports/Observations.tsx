import { Text, View } from '@tarojs/components';
import type { ReportObservation } from '@xinglin/contracts';
import { useT } from '../../i18n';
import { directionOf, hasTrend } from './report-model';

/**
 * Each value with unit and reference range. Abnormal ones carry three signals, so colour is never the only one:
 * the arrow (↑/↓), the word (偏高/偏低/异常, also read out by screen readers) and the colour.
 */
export function Observations({ items, onTrend }: { items: ReportObservation[]; onTrend: (o: ReportObservation) => void }) {
  const t = useT();
  return (
    <View className='xl-card rp-obs' data-testid='report-observations'>
      <View className='rp-obs__head'>
        <Text className='rp-obs__c1'>{t('reports.col.item')}</Text>
        <Text className='rp-obs__c2'>{t('reports.col.result')}</Text>
        <Text className='rp-obs__c3'>{t('reports.col.range')}</Text>
      </View>
      {items.map((o) => {
        const dir = directionOf(o);
        const word = o.flagText || (dir === 'high' ? t('reports.high') : dir === 'low' ? t('reports.low') : dir === 'abnormal' ? t('reports.abnormalText') : '');
        const trend = hasTrend(o);
        return (
          <View key={o.seq} className={`rp-obs__row rp-dir--${dir}${trend ? ' xl-pressable' : ''}`} data-testid='report-observation' data-abnormal={o.abnormal} data-code={o.code}
            role={trend ? 'link' : undefined} data-tap={trend || undefined} onClick={trend ? () => onTrend(o) : undefined}>
            <View className='rp-obs__line'>
              <Text className='rp-obs__c1 rp-obs__name'>{o.name}{trend ? ' ›' : ''}</Text>
              <View className='rp-obs__c2'>
                <Text className='rp-obs__value' data-testid='report-value'>{o.value}</Text>
                {o.unit ? <Text className='rp-obs__unit'> {o.unit}</Text> : null}
                {o.abnormal ? (
                  <Text className='rp-obs__flag' data-testid='report-flag' aria-label={word}>
                    {' '}{o.arrow || '!'} {word}
                  </Text>
                ) : null}
              </View>
              <Text className='rp-obs__c3 rp-obs__range'>{o.referenceRange ?? '—'}</Text>
            </View>
            {o.abnormal && o.hint ? (
              <Text className='rp-obs__hint' data-testid='report-hint'>{t('reports.hint')}：{o.hint}</Text>
            ) : null}
            {o.notes.map((n, i) => <Text key={i} className='rp-obs__note'>{t('reports.notes')}：{n}</Text>)}
          </View>
        );
      })}
      <Text className='rp-obs__legend'>{t('reports.legend')}</Text>
    </View>
  );
}
