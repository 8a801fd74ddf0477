import { AuditOutlined, LockOutlined } from '@ant-design/icons';
import { clinicalPatientSchema } from '@xinglin/contracts';
import { Button, Card, Flex, Result, Skeleton, Typography } from 'antd';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { useRemote } from '../../../hooks/useRemote';
import { pick, useT } from '../../../locales';
import PatientHeader from './components/PatientHeader';
import RecordView from './components/RecordView';
import { fetchHealthRecord, NOT_VISIBLE } from './service';
import { text } from './texts';

/** The list row passed as router state, if it is one (history state can hold anything). */
function patientFromState(state: unknown, patientId: string) {
  const parsed = clinicalPatientSchema.safeParse((state as { patient?: unknown } | null)?.patient);
  return parsed.success && parsed.data.id === patientId ? parsed.data : null;
}

/** 健康档案 (doctor only): one patient's record, read-only; every read is audited by the server. */
export default function PatientRecordPage() {
  const { lang } = useT();
  const navigate = useNavigate();
  const patientId = useParams().patientId ?? '';
  const patient = patientFromState(useLocation().state, patientId);
  const record = useRemote((signal) => fetchHealthRecord(patientId, signal), [patientId]);

  if (record.error && NOT_VISIBLE.has(record.error.statusCode)) {
    // One answer for "no such patient" and "not your patient": the page must not tell them apart.
    return (
      <Card variant="borderless" data-testid="record-not-found">
        <Result
          icon={<LockOutlined style={{ color: 'rgba(0,0,0,0.25)' }} />}
          title={pick(text.notFound, lang)}
          subTitle={pick(text.notFoundHint, lang)}
          extra={<Button type="primary" onClick={() => void navigate('/workbench/patients')}>{pick(text.back, lang)}</Button>}
        />
      </Card>
    );
  }

  return (
    <Flex vertical gap={16} data-testid="health-record">
      <PatientHeader patientId={patientId} patient={patient} />
      {record.data && (
        // Not an antd Alert: this is a standing notice, not a warning, and must stay readable.
        <Flex
          gap={12}
          align="flex-start"
          role="note"
          data-testid="record-audited"
          style={{ padding: '12px 18px', borderRadius: 10, background: '#e8f5f2', border: '1px solid #b7ded5' }}
        >
          <AuditOutlined style={{ color: 'var(--ant-color-primary)', fontSize: 18, marginTop: 3 }} />
          <Flex vertical gap={2}>
            <Typography.Text strong style={{ color: '#0a5c51' }}>
              {pick(text.audited, lang)}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {pick(text.auditedHint, lang)}
            </Typography.Text>
          </Flex>
        </Flex>
      )}
      {record.data ? (
        <RecordView record={record.data} age={patient?.age ?? null} />
      ) : record.error ? (
        <Card variant="borderless">
          <Result
            status="warning"
            title={pick(text.loadFailed, lang)}
            extra={<Button onClick={record.reload}>{pick(text.retry, lang)}</Button>}
          />
        </Card>
      ) : (
        <Card variant="borderless">
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      )}
    </Flex>
  );
}
