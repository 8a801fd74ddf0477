import type { ReportObservation } from '@xinglin/contracts';
import { Button, Descriptions, Drawer, Flex, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { useRemote } from '../../../../hooks/useRemote';
import { type Lang, pick, useT } from '../../../../locales';
import { fetchReport, fetchTrend } from '../service';
import { text } from '../texts';
import KeyImages from './KeyImages';
import TrendChart from './TrendChart';

const colour = (o: ReportObservation) => (!o.abnormal ? undefined : o.arrow === '↓' ? '#1d4ed8' : o.arrow === '↑' ? '#c62828' : '#8a4b00');

/** Arrow, word and colour together: colour is never the only sign of an abnormal value. */
function flagLabel(o: ReportObservation, lang: Lang): string {
  if (!o.abnormal) return '';
  const word = lang === 'en-US' ? (o.arrow === '↑' ? pick(text.high, lang) : o.arrow === '↓' ? pick(text.low, lang) : pick(text.abnormal, lang)) : o.flagText || pick(text.abnormal, lang);
  return `${o.arrow || '!'} ${word}`;
}

function Trend({ patientId, code }: { patientId: string; code: string }) {
  const { lang } = useT();
  const trend = useRemote((signal) => fetchTrend(patientId, code, signal), [patientId, code]);
  if (!trend.data) return <Skeleton active paragraph={{ rows: 3 }} />;
  return (
    <Flex vertical gap={8} data-testid="console-trend">
      <Typography.Title level={5}>{pick(text.trendOf, lang, { name: trend.data.name })}</Typography.Title>
      <TrendChart trend={trend.data} label={pick(text.trendOf, lang, { name: trend.data.name })} />
    </Flex>
  );
}

export default function ReportDrawer({ reportId, onClose }: { reportId: string | null; onClose: () => void }) {
  const { lang } = useT();
  const report = useRemote((signal) => (reportId ? fetchReport(reportId, signal) : Promise.resolve(null)), [reportId]);
  const [trendCode, setTrendCode] = useState<string | null>(null);
  const r = report.data;
  return (
    <Drawer open={reportId !== null} onClose={() => { setTrendCode(null); onClose(); }} size="large" title={r?.name ?? ''} destroyOnHidden data-testid="console-report-drawer">
      {!r ? <Skeleton active paragraph={{ rows: 8 }} /> : (
        <Flex vertical gap={16}>
          <Descriptions size="small" column={2} items={[
            { key: 't', label: pick(text.time, lang), children: (r.releasedAt ?? r.collectedAt ?? '').replace('T', ' ').slice(0, 16) },
            { key: 'd', label: pick(text.kind, lang), children: pick(r.kind === 'lab' ? text.lab : text.imaging, lang) },
            ...(r.specimen ? [{ key: 's', label: pick(text.specimen, lang), children: r.specimen }] : []),
            ...(r.orderingDoctor ? [{ key: 'o', label: pick(text.doctor, lang), children: r.orderingDoctor }] : []),
          ]} />
          {r.status === 'pending' ? <Typography.Text>{pick(text.notPublished, lang)}</Typography.Text> : null}
          {r.observations.length > 0 && (
            <Table<ReportObservation> size="small" rowKey="seq" pagination={false} dataSource={r.observations} data-testid="console-observations"
              columns={[
                { key: 'n', title: pick(text.item, lang), render: (_, o) => o.name },
                { key: 'v', title: pick(text.result, lang), render: (_, o) => (
                  <span style={{ color: colour(o), fontWeight: o.abnormal ? 700 : 400 }} data-abnormal={o.abnormal}>
                    {o.value}{o.unit ? ` ${o.unit}` : ''} {flagLabel(o, lang)}
                  </span>
                ) },
                { key: 'r', title: pick(text.range, lang), render: (_, o) => o.referenceRange ?? '—' },
                { key: 'h', title: pick(text.hint, lang), render: (_, o) => (o.abnormal ? (o.hint ?? '') : '') },
                { key: 'tr', title: '', render: (_, o) => (o.numeric !== null ? <Button size="small" type="link" onClick={() => setTrendCode(o.code)}>{pick(text.trend, lang)}</Button> : null) },
              ]} />
          )}
          {trendCode ? <Trend patientId={r.patientId} code={trendCode} /> : null}
          {r.imaging && (
            <Flex vertical gap={4} data-testid="console-imaging">
              <Typography.Title level={5}>{pick(text.findings, lang)}</Typography.Title>
              <Typography.Paragraph>{r.imaging.findings ?? '—'}</Typography.Paragraph>
              <Typography.Title level={5}>{pick(text.impression, lang)}</Typography.Title>
              <Typography.Paragraph strong>{r.imaging.impression ?? '—'}</Typography.Paragraph>
            </Flex>
          )}
          {r.kind === 'imaging' && r.status !== 'pending' ? <KeyImages reportId={r.id} /> : null}
          {r.notes.length > 0 && (
            <Flex vertical>
              <Typography.Title level={5}>{pick(text.notes, lang)}</Typography.Title>
              {r.notes.map((n, i) => <Typography.Text key={i}>{n}</Typography.Text>)}
            </Flex>
          )}
        </Flex>
      )}
    </Drawer>
  );
}
