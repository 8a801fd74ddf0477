import { InfoCircleOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useRemote } from '../../../hooks/useRemote';
import { pick, useT } from '../../../locales';
import DecideModal from './DecideModal';
import { type Appeal, type AppealStatus, fetchAppeals } from './service';
import { statuses, text } from './texts';

/** 爽约申诉 (admin): pending / approved / rejected tabs; approve or reject with a note. */
export default function AppealsPage() {
  const { lang } = useT();
  const [tab, setTab] = useState<AppealStatus>('pending');
  const appeals = useRemote((signal) => fetchAppeals(tab, signal), [tab]);
  const [deciding, setDeciding] = useState<{ appeal: Appeal; approve: boolean } | null>(null);

  const columns: ColumnsType<Appeal> = [
    { title: pick(text.patient, lang), dataIndex: 'patientName', width: 110 },
    { title: pick(text.doctor, lang), dataIndex: 'doctorName', width: 110 },
    { title: pick(text.date, lang), dataIndex: 'date', width: 120 },
    { title: pick(text.reason, lang), dataIndex: 'reason', render: (r: string) => <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 3, expandable: true }}>{r}</Typography.Paragraph> },
    { title: pick(text.submitted, lang), dataIndex: 'createdAt', width: 150, render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm') },
    ...(tab === 'pending'
      ? [{
          title: pick(text.actions, lang), key: 'actions', width: 150,
          render: (_: unknown, a: Appeal) => (
            <Space>
              <Button type="link" size="small" onClick={() => setDeciding({ appeal: a, approve: true })} data-testid="appeal-approve">{pick(text.approve, lang)}</Button>
              <Button type="link" size="small" danger onClick={() => setDeciding({ appeal: a, approve: false })} data-testid="appeal-reject">{pick(text.reject, lang)}</Button>
            </Space>
          ),
        }]
      : [{ title: pick(text.note, lang), dataIndex: 'reviewNote', width: 220, render: (n: string | null) => n ?? '—' }]),
  ];

  return (
    <Card variant="borderless" data-testid="appeals">
      <Flex gap={8} align="flex-start" style={{ marginBottom: 8 }}>
        <InfoCircleOutlined style={{ color: 'var(--ant-color-primary)', marginTop: 4 }} />
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>{pick(text.intro, lang)}</Typography.Text>
      </Flex>
      <Tabs activeKey={tab} onChange={(k) => setTab(k as AppealStatus)}
        items={(Object.keys(statuses) as AppealStatus[]).map((s) => ({ key: s, label: <Tag color={statuses[s].color}>{pick(statuses[s].label, lang)}</Tag> }))} />
      <Table rowKey="id" size="middle" columns={columns} dataSource={appeals.data ?? []} loading={appeals.loading}
        pagination={{ pageSize: 20, showSizeChanger: false }} locale={{ emptyText: pick(text.empty, lang) }} />
      {deciding ? (
        <DecideModal appeal={deciding.appeal} approve={deciding.approve} onClose={() => setDeciding(null)}
          onDone={() => { setDeciding(null); appeals.reload(); }} />
      ) : null}
    </Card>
  );
}
