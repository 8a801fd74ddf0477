import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { ReportDetail, ReportObservation } from '@xinglin/contracts';
import { useState } from 'react';
import recordImage from '../../assets/empty/record.png';
import { AsyncView } from '../../components/AsyncView';
import { EmptyState } from '../../components/EmptyState';
import { PageRoot } from '../../components/PageRoot';
import { useAsync } from '../../hooks/useAsync';
import { useT } from '../../i18n';
import { PAGES, go } from '../../routes';
import { errorMessage, RequestError } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { formatDateTime } from '../../utils/format';
import { toast } from '../../utils/toast';
import { getReport } from './api';
import { downloadPdf } from './binary';
import { KeyImages } from './KeyImages';
import { Observations } from './Observations';
import { SharePanel } from './SharePanel';
import './index.css';

function Header({ r }: { r: ReportDetail }) {
  const t = useT();
  return (
    <View className='rp-band rp-band--detail'>
      <Text className='rp-band__name' data-testid='report-name'>{r.name}</Text>
      <View className='rp-band__meta'>
        {r.releasedAt ? <Text>{t('reports.releasedAt', { at: formatDateTime(r.releasedAt) })}</Text> : null}
        {r.collectedAt ? <Text>{t('reports.collectedAt', { at: formatDateTime(r.collectedAt) })}</Text> : null}
        {r.specimen ? <Text>{t('reports.specimen', { name: r.specimen })}</Text> : null}
        {r.orderingDoctor ? <Text>{t('reports.doctor', { name: r.orderingDoctor })}</Text> : null}
        {r.corrected ? <Text className='rp-band__tag'>{t('reports.corrected')}</Text> : null}
      </View>
    </View>
  );
}

/** 报告详情 (`?id=`): values with ranges and marks, imaging findings and key images, PDF, share. 404 → not yours. */
export default function ReportDetailPage() {
  const t = useT();
  const { lang } = usePrefs();
  const { id = '' } = useRouter().params;
  const state = useAsync(() => getReport(id), [id]);
  const [sharing, setSharing] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const missing = state.error instanceof RequestError && state.error.status === 404;

  const pdf = async (r: ReportDetail) => {
    setDownloading(true);
    try {
      await downloadPdf(r.id, `${r.name}-${(r.releasedAt ?? '').slice(0, 10)}.pdf`);
      toast(t('reports.pdfDone'));
    } catch (err) {
      toast(errorMessage(err, lang));
    } finally {
      setDownloading(false);
    }
  };
  const trend = (r: ReportDetail, o: ReportObservation) => go(PAGES.reportTrend, { patientId: r.patientId, code: o.code });

  return (
    <PageRoot titleKey='title.reportDetail' testId='page-report-detail' navTone='brand'>
      {missing ? (
        <View className='xl-card'>
          <EmptyState image={recordImage} title={t('reports.missing')} testId='report-missing' />
        </View>
      ) : (
        <AsyncView state={state} testId='report'>
          {(r) => (
            <View data-testid='report-detail' data-status={r.status}>
              <Header r={r} />
              {r.status === 'pending' ? (
                <View className='xl-card rp-section'><Text>{t('reports.notPublished')}</Text></View>
              ) : (
                <>
                  {r.observations.length > 0 ? <Observations items={r.observations} onTrend={(o) => trend(r, o)} /> : null}
                  {r.imaging ? (
                    <View className='xl-card rp-section' data-testid='report-imaging'>
                      <Text className='rp-section__title'>{t('reports.findings')}</Text>
                      <Text className='rp-section__text'>{r.imaging.findings ?? '—'}</Text>
                      <Text className='rp-section__title'>{t('reports.impression')}</Text>
                      <Text className='rp-section__text rp-section__text--strong'>{r.imaging.impression ?? '—'}</Text>
                    </View>
                  ) : null}
                  {r.kind === 'imaging' ? <KeyImages reportId={r.id} /> : null}
                  {r.notes.length > 0 ? (
                    <View className='xl-card rp-section'>
                      <Text className='rp-section__title'>{t('reports.notes')}</Text>
                      {r.notes.map((n, i) => <Text key={i} className='rp-section__text'>{n}</Text>)}
                    </View>
                  ) : null}
                  <Text className='rp-disclaimer'>{t('reports.disclaimer')}</Text>
                  <View className='rp-actions'>
                    <View className={`rp-btn rp-btn--primary xl-pressable${downloading ? ' is-busy' : ''}`} data-testid='report-pdf' data-tap role='button' onClick={downloading ? undefined : () => void pdf(r)}>{t('reports.pdf')}</View>
                    <View className='rp-btn rp-btn--ghost xl-pressable' data-testid='report-share' data-tap role='button' onClick={() => setSharing((v) => !v)}>{t('reports.share')}</View>
                  </View>
                  {sharing ? <SharePanel reportId={r.id} /> : null}
                </>
              )}
            </View>
          )}
        </AsyncView>
      )}
    </PageRoot>
  );
}
