import { ArrowLeftOutlined, IdcardOutlined } from '@ant-design/icons';
import { Avatar, Button, Card, Flex, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { pick, useT } from '../../../../locales';
import { formatDate, shortId } from '../../../../utils/format';
import type { ClinicalPatient } from '../../patients/service';
import { genders } from '../../patients/texts';
import { text } from '../texts';

/**
 * Who the record belongs to, from the list row the doctor clicked. Opened from a pasted link
 * there is no row, and only the patient ID is shown rather than looking the patient up again.
 */
export default function PatientHeader({ patientId, patient }: { patientId: string; patient: ClinicalPatient | null }) {
  const { lang } = useT();
  const navigate = useNavigate();
  return (
    <Card variant="borderless" styles={{ body: { padding: '20px 24px' } }}>
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Flex gap={16} align="center">
          <Avatar size={56} style={{ background: '#e6f4f1', color: 'var(--ant-color-primary)', fontSize: 24, fontWeight: 600 }}>
            {patient ? patient.name.slice(0, 1) : <IdcardOutlined />}
          </Avatar>
          <Flex vertical gap={6}>
            <Flex gap={10} align="center" wrap>
              <Typography.Title level={4} style={{ margin: 0 }} data-testid="record-patient-name">
                {patient ? patient.name : `${pick(text.patient, lang)} ${shortId(patientId)}`}
              </Typography.Title>
              {patient && <Tag bordered={false}>{pick(genders[patient.gender ?? 'unknown'], lang)}</Tag>}
              {patient && patient.age !== null && <Tag bordered={false}>{pick(text.ageValue, lang, { n: patient.age })}</Tag>}
              <Tag color="default" bordered={false}>
                {pick(text.readOnly, lang)}
              </Tag>
            </Flex>
            {patient && (
              <Flex gap={20} wrap>
                <Typography.Text type="secondary" style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace' }}>
                  {patient.idNumberMasked}
                </Typography.Text>
                {patient.cards.length > 0 && <Typography.Text type="secondary">{patient.cards.join(' · ')}</Typography.Text>}
                <Typography.Text type="secondary">{pick(text.until, lang, { date: formatDate(patient.relationshipUntil) })}</Typography.Text>
              </Flex>
            )}
          </Flex>
        </Flex>
        <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/workbench/patients')}>
          {pick(text.back, lang)}
        </Button>
      </Flex>
    </Card>
  );
}
