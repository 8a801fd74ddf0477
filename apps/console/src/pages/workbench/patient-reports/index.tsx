import { FileSearchOutlined, LockOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, List, Result, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useRemote } from '../../../hooks/useRemote';
import { pick, useT } from '../../../locales';
import { fetchMyPatients } from '../patients/service';
import ReportDrawer from './components/ReportDrawer';
import { fetchPatientReports, NOT_VISIBLE, type ReportSummary } from './service';
import { text } from './texts';

const newest = (a: ReportSummary, b: ReportSummary) => Date.parse(b.releasedAt ?? b.collectedAt ?? '') - Date.parse(a.releasedAt ?? a.collectedAt ?? '');

/**
 * 患者报告 (doctor only): pick one of the patients who granted access, then their lab and imaging reports, abnormal
 * ones counted; a report opens in a drawer with values, trends and key images. The server audits every read.
 */
export default function PatientReportsPage() {
  const { lang } = useT();
  const navigate = useNavigate();
  const patientId = useParams().patientId ?? '';
  const patients = useRemote((signal) => fetchMyPatients('', signal), []);
  const reports = useRemote((signal) => (patientId ? fetchPatientReports(patientId, signal) : Promise.resolve([])), [patientId]);
  const [open, setOpen] = useState<string | null>(null);
  const current = patients.data?.find((p) => p.id === patientId);

  const picker = (
    <Card variant="borderless" title={pick(text.pickPatient, lang)} style={{ minWidth: 240 }} data-testid="report-patient-picker">
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{pick(text.pickHint, lang)}</Typography.Text>
      <List size="small" loading={patients.loading} locale={{ emptyText: pick(text.noPatients, lang) }} dataSource={patients.data ?? []}
        renderItem={(p) => (
          <List.Item style={{ cursor: 'pointer', fontWeight: p.id === patientId ? 700 : 400 }} onClick={() => void navigate(`/workbench/reports/${encodeURIComponent(p.id)}`)}>
            {p.name}
          </List.Item>
        )} />
    </Card>
  );

  let body;
  if (!patientId) {
    body = <Empty image={<FileSearchOutlined style={{ fontSize: 48, color: 'var(--ant-color-primary)' }} />} description={pick(text.pickPatient, lang)} />;
  } else if (reports.error && NOT_VISIBLE.has(reports.error.statusCode)) {
    body = (
      <Result data-testid="reports-not-found" icon={<LockOutlined style={{ color: 'rgba(0,0,0,0.25)' }} />} title={pick(text.notFound, lang)} subTitle={pick(text.notFoundHint, lang)}
        extra={<Button onClick={() => void navigate('/workbench/reports')}>{pick(text.back, lang)}</Button>} />
    );
  } else {
    body = (
      <Table<ReportSummary> rowKey="id" loading={reports.loading} dataSource={[...(reports.data ?? [])].sort(newest)} pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: pick(text.empty, lang) }} data-testid="console-reports" onRow={(r) => ({ onClick: () => setOpen(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { key: 'name', title: pick(text.name, lang), render: (_, r) => <Typography.Text strong>{r.name}</Typography.Text> },
          { key: 'kind', title: pick(text.kind, lang), width: 90, render: (_, r) => <Tag>{pick(r.kind === 'lab' ? text.lab : text.imaging, lang)}</Tag> },
          { key: 'status', title: pick(text.status, lang), width: 100, render: (_, r) => pick(r.status === 'pending' ? text.pending : r.status === 'corrected' ? text.corrected : text.ready, lang) },
          { key: 'time', title: pick(text.time, lang), width: 170, render: (_, r) => (r.releasedAt ?? r.collectedAt ?? '').replace('T', ' ').slice(0, 16) },
          { key: 'abn', title: pick(text.abnormal, lang), width: 130, render: (_, r) => (r.status === 'pending' ? '—' : r.abnormalCount > 0 ? <Tag color="error">⚠ {pick(text.abnormalN, lang, { n: r.abnormalCount })}</Tag> : <Tag color="success">✓ {pick(text.normal, lang)}</Tag>) },
          { key: 'open', title: '', width: 80, render: (_, r) => <Button type="link" onClick={() => setOpen(r.id)}>{pick(text.open, lang)}</Button> },
        ]} />
    );
  }

  return (
    <Flex gap={16} align="flex-start" wrap data-testid="patient-reports">
      {picker}
      <Card variant="borderless" style={{ flex: 1, minWidth: 480 }} title={current ? `${current.name} · ${pick(text.reports, lang)}` : pick(text.reports, lang)}
        extra={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{pick(text.audited, lang)}</Typography.Text>}>
        {body}
      </Card>
      <ReportDrawer reportId={open} onClose={() => setOpen(null)} />
    </Flex>
  );
}
