import { AuditOutlined, LockOutlined } from '@ant-design/icons';
import { clinicalPatientSchema } from '@xinglin/contracts';
import { Alert, Button, Card, Flex, Result, Skeleton } from 'antd';
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
        <Alert
          type="info"
          showIcon
          icon={<AuditOutlined />}
          title={pick(text.audited, lang)}
          description={pick(text.auditedHint, lang)}
          data-testid="record-audited"
        />
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
