import { CheckOutlined, LockOutlined, TeamOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { pick, useT, type Lang } from '../../../../locales';
import { formatDateTime, shortId } from '../../../../utils/format';
import type { SecurityAlert } from '../service';
import { kinds, severities, text } from '../texts';

const kindIcons: Record<SecurityAlert['kind'], ReactNode> = {
  bulk_access: <TeamOutlined />,
  failed_logins: <LockOutlined />,
  relative_access: <UserSwitchOutlined />,
};

function Id({ label, value }: { label: string; value: string | null }) {
  if (!value) return null;
  return (
    <Tooltip title={value}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label} <span style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace' }}>{shortId(value)}</span>
      </Typography.Text>
    </Tooltip>
  );
}

interface Props {
  alerts: SecurityAlert[];
  loading: boolean;
  emptyText: ReactNode;
  /** The alert being acknowledged right now, for its button's spinner. */
  busyId: string | null;
  onAcknowledge: (alert: SecurityAlert) => void;
}

function columns(lang: Lang, busyId: string | null, onAcknowledge: Props['onAcknowledge']): TableColumnsType<SecurityAlert> {
  return [
    {
      key: 'severity',
      title: pick(text.severity, lang),
      width: 88,
      render: (_, a) => <Tag color={severities[a.severity].color}>{pick(severities[a.severity], lang)}</Tag>,
    },
    {
      key: 'kind',
      title: pick(text.kind, lang),
      width: 260,
      render: (_, a) => (
        <Flex gap={10} align="flex-start">
          <span style={{ color: 'var(--ant-color-primary)', fontSize: 16, marginTop: 2 }}>{kindIcons[a.kind]}</span>
          <Flex vertical>
            <Typography.Text strong>{pick(kinds[a.kind], lang)}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {pick(kinds[a.kind].hint, lang)}
            </Typography.Text>
          </Flex>
        </Flex>
      ),
    },
    { key: 'summary', title: pick(text.summary, lang), dataIndex: 'summary' },
    { key: 'count', title: pick(text.count, lang), dataIndex: 'count', width: 72, align: 'right' },
    {
      key: 'who',
      title: pick(text.who, lang),
      width: 170,
      render: (_, a) => (
        <Flex vertical>
          <Id label={pick(text.actor, lang)} value={a.actorId} />
          <Id label={pick(text.patient, lang)} value={a.patientId} />
          {!a.actorId && !a.patientId && <Typography.Text type="secondary">—</Typography.Text>}
        </Flex>
      ),
    },
    { key: 'time', title: pick(text.time, lang), dataIndex: 'createdAt', width: 170, render: (at: string) => formatDateTime(at) },
    {
      key: 'action',
      title: pick(text.status, lang),
      width: 120,
      align: 'right',
      render: (_, a) =>
        a.acknowledged ? (
          <Tag icon={<CheckOutlined />}>{pick(text.acknowledged, lang)}</Tag>
        ) : (
          <Popconfirm
            title={pick(text.confirmTitle, lang)}
            description={<div style={{ maxWidth: 280 }}>{pick(text.confirmBody, lang)}</div>}
            onConfirm={() => onAcknowledge(a)}
          >
            <Button type="primary" ghost size="small" loading={busyId === a.id} data-testid="alert-acknowledge">
              {pick(text.acknowledge, lang)}
            </Button>
          </Popconfirm>
        ),
    },
  ];
}

/** Alerts newest first; open ones carry a 确认 button, acknowledged ones a grey tag. */
export default function AlertTable({ alerts, loading, emptyText, busyId, onAcknowledge }: Props) {
  const { lang } = useT();
  return (
    <Table<SecurityAlert>
      rowKey="id"
      columns={columns(lang, busyId, onAcknowledge)}
      dataSource={alerts}
      loading={loading}
      pagination={alerts.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText }}
      onRow={(a) => ({ style: a.acknowledged ? { opacity: 0.62 } : undefined })}
      scroll={{ x: 960 }}
      data-testid="alerts-table"
    />
  );
}
