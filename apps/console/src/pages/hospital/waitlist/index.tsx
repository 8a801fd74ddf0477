import { InfoCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useRemote } from '../../../hooks/useRemote';
import { pick, useT } from '../../../locales';
import { clinicsOf, displayOrder, minutesLeft, summarise } from './model';
import { type WaitlistAdminEntry, fetchDepartments, fetchWaitlist } from './service';
import { periods, text } from './texts';

/** 候补管理 (admin): a department's or one clinic's waitlist in order, with the offers not yet paid. */
export default function WaitlistPage() {
  const { lang } = useT();
  const departments = useRemote((signal) => fetchDepartments(signal), []);
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const chosen = departmentId ?? departments.data?.[0]?.id ?? null;
  const [sessionId, setSessionId] = useState<string | null>(null);
  const department = useRemote((signal) => (chosen ? fetchWaitlist({ departmentId: chosen }, signal) : Promise.resolve([])), [chosen]);
  const clinic = useRemote((signal) => (sessionId ? fetchWaitlist({ sessionId }, signal) : Promise.resolve(null)), [sessionId]);

  const shown = sessionId ? (clinic.data ?? []) : (department.data ?? []);
  const summary = summarise(shown);
  const now = new Date();
  const clinicLabel = (c: { doctorName: string; date: string; period: keyof typeof periods }) => `${c.date.slice(5)} ${pick(periods[c.period], lang)} · ${c.doctorName}`;
  const target = (e: WaitlistAdminEntry) =>
    e.sessionId && e.sessionDate && e.period
      ? clinicLabel({ doctorName: e.doctorName ?? '', date: e.sessionDate, period: e.period })
      : pick(text.anyDoctor, lang, { dates: e.dates.map((d) => d.slice(5)).join('、') });

  const columns: ColumnsType<WaitlistAdminEntry> = [
    { title: pick(text.position, lang), key: 'position', width: 80, render: (_, e) => (e.position === null ? '—' : <Typography.Text strong>{e.position}</Typography.Text>) },
    { title: pick(text.patient, lang), dataIndex: 'patientNameMasked', width: 110 },
    { title: pick(text.target, lang), key: 'target', render: (_, e) => target(e) },
    {
      title: pick(text.status, lang), key: 'status', width: 200,
      render: (_, e) => e.status === 'waiting'
        ? <Tag color="blue">{pick(text.waiting, lang)}</Tag>
        : <Space size={4}><Tag color="orange">{pick(text.offered, lang)}</Tag><Typography.Text type="secondary">{pick(text.minutesLeft, lang, { n: minutesLeft(e.offerExpiresAt, now) ?? 0 })}</Typography.Text></Space>,
    },
    { title: pick(text.joined, lang), dataIndex: 'createdAt', width: 150, render: (at: string) => dayjs(at).format('MM-DD HH:mm') },
  ];

  return (
    <Card variant="borderless" data-testid="waitlist-admin">
      <Flex gap={8} align="flex-start" style={{ marginBottom: 16 }}>
        <InfoCircleOutlined style={{ color: 'var(--ant-color-primary)', marginTop: 4 }} />
        <Space orientation="vertical" size={2}>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>{pick(text.intro, lang)}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>{pick(text.privacy, lang)}</Typography.Text>
        </Space>
      </Flex>
      <Flex justify="space-between" align="center" gap={16} wrap style={{ marginBottom: 12 }}>
        <Space wrap>
          <Select style={{ width: 200 }} value={chosen} loading={departments.loading} placeholder={pick(text.chooseDepartment, lang)}
            showSearch optionFilterProp="label" aria-label={pick(text.department, lang)} data-testid="waitlist-department"
            onChange={(id: string) => { setDepartmentId(id); setSessionId(null); }}
            options={(departments.data ?? []).map((d) => ({ value: d.id, label: lang === 'en-US' ? d.nameEn : d.name }))} />
          <Select style={{ width: 260 }} value={sessionId ?? ''} aria-label={pick(text.clinic, lang)} data-testid="waitlist-clinic"
            onChange={(id: string) => setSessionId(id || null)}
            options={[{ value: '', label: pick(text.allClinics, lang) }, ...clinicsOf(department.data ?? []).map((c) => ({ value: c.sessionId, label: clinicLabel(c) }))]} />
          <Button icon={<ReloadOutlined />} onClick={() => { department.reload(); clinic.reload(); }}>{pick(text.refresh, lang)}</Button>
        </Space>
        <Space size={32}>
          <Statistic title={pick(text.waiting, lang)} value={summary.waiting} />
          <Statistic title={pick(text.offered, lang)} value={summary.offered} />
          <Statistic title={pick(text.clinics, lang)} value={summary.clinics} />
        </Space>
      </Flex>
      <Table rowKey="id" size="middle" columns={columns} dataSource={displayOrder(shown)} loading={sessionId ? clinic.loading : department.loading}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }} locale={{ emptyText: <Empty description={pick(text.empty, lang)} /> }} />
    </Card>
  );
}
