import { useState } from 'react';
import { InfoCircleOutlined, TeamOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Input, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useRemote } from '../../../hooks/useRemote';
import { pick, useT } from '../../../locales';
import PatientTable from './components/PatientTable';
import { fetchMyPatients, type ClinicalPatient } from './service';
import { text } from './texts';

/** 我的患者 (doctor only): patients with a live care relationship; search by name or card number. */
export default function MyPatientsPage() {
  const { lang } = useT();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const patients = useRemote((signal) => fetchMyPatients(q, signal), [q]);
  const list = patients.data ?? [];

  // The list row travels along as router state so the record page can show who it is about
  // without a second lookup; the record page still works without it (a pasted link).
  const open = (patient: ClinicalPatient) => void navigate(`/workbench/patients/${encodeURIComponent(patient.id)}`, { state: { patient } });

  const empty = (
    <Empty
      image={<TeamOutlined style={{ fontSize: 48, color: 'var(--ant-color-primary)' }} />}
      styles={{ image: { height: 56 } }}
      description={
        <Flex vertical gap={4}>
          <Typography.Text>{q ? pick(text.noMatch, lang, { q }) : pick(text.empty, lang)}</Typography.Text>
          {!q && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {pick(text.emptyHint, lang)}
            </Typography.Text>
          )}
        </Flex>
      }
    />
  );

  return (
    <Card variant="borderless" data-testid="my-patients">
      <Flex justify="space-between" align="center" gap={16} wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          enterButton={pick(text.searchButton, lang)}
          placeholder={pick(text.search, lang)}
          maxLength={50}
          onSearch={(value) => setQ(value.trim())}
          loading={patients.loading && patients.data !== undefined}
          style={{ maxWidth: 420 }}
          data-testid="patients-search"
        />
        <Typography.Text type="secondary">{pick(text.count, lang, { n: list.length })}</Typography.Text>
      </Flex>
      <Flex gap={8} align="flex-start" style={{ marginBottom: 16 }}>
        <InfoCircleOutlined style={{ color: 'var(--ant-color-primary)', marginTop: 4 }} />
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {pick(text.scope, lang)}
        </Typography.Text>
      </Flex>
      <PatientTable patients={list} loading={patients.loading} emptyText={empty} onOpen={open} />
    </Card>
  );
}
