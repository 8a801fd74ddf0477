import type { MouseEvent } from 'react';
import type { AuditEventView } from '@xinglin/contracts';
import { Button, Flex, Table, Tag, Tooltip, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { pick, useT, type Lang } from '../../../../locales';
import { roleNames } from '../../../../locales/roles';
import { formatDateTime, shortId } from '../../../../utils/format';
import { actions, actorKinds, labelOf, objectTypes, outcomes } from '../labels';
import { text } from '../texts';

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 12 };

/** A shortened ID with the full value on hover. */
function Id({ value }: { value: string | null }) {
  if (!value) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Tooltip title={value}>
      <span style={mono}>{shortId(value)}</span>
    </Tooltip>
  );
}

function columns(lang: Lang, onOpen: (event: AuditEventView) => void): TableColumnsType<AuditEventView> {
  return [
    { key: 'seq', title: pick(text.seq, lang), dataIndex: 'seq', width: 80, render: (seq: number) => <span style={mono}>#{seq}</span> },
    { key: 'at', title: pick(text.time, lang), dataIndex: 'at', width: 176, render: (at: string) => formatDateTime(at) },
    {
      key: 'actor',
      title: pick(text.actorId, lang),
      render: (_, e) => (
        <Flex vertical>
          <span>
            {labelOf(actorKinds, e.actorKind, lang)}
            {e.actorRole && <Typography.Text type="secondary"> · {labelOf(roleNames, e.actorRole, lang)}</Typography.Text>}
          </span>
          <Id value={e.actorId} />
        </Flex>
      ),
    },
    { key: 'action', title: pick(text.action, lang), dataIndex: 'action', width: 110, render: (a: string) => labelOf(actions, a, lang) },
    {
      key: 'object',
      title: pick(text.object, lang),
      render: (_, e) => (
        <Flex vertical>
          <span>{labelOf(objectTypes, e.objectType, lang)}</span>
          <Id value={e.objectId} />
        </Flex>
      ),
    },
    { key: 'patient', title: pick(text.patientId, lang), dataIndex: 'patientId', render: (p: string | null) => <Id value={p} /> },
    {
      key: 'outcome',
      title: pick(text.outcome, lang),
      dataIndex: 'outcome',
      width: 88,
      render: (o: AuditEventView['outcome']) => <Tag color={outcomes[o].color}>{pick(outcomes[o], lang)}</Tag>,
    },
    { key: 'ip', title: pick(text.ip, lang), dataIndex: 'ip', width: 130, render: (ip: string | null) => <span style={mono}>{ip ?? '—'}</span> },
    {
      key: 'open',
      title: '',
      width: 72,
      align: 'right',
      render: (_, e) => (
        <Button
          type="link"
          size="small"
          onClick={(click: MouseEvent) => {
            click.stopPropagation(); // the row opens the drawer too
            onOpen(e);
          }}
        >
          {pick(text.details, lang)}
        </Button>
      ),
    },
  ];
}

interface Props {
  items: AuditEventView[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
  onOpen: (event: AuditEventView) => void;
}

/** One server-side page of audit events; a click on a row opens its details. */
export default function EventTable({ items, total, page, pageSize, loading, onPage, onOpen }: Props) {
  const { lang } = useT();
  const pagination: TablePaginationConfig = {
    current: page,
    pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions: [20, 50, 100, 200],
    showTotal: (n) => pick(text.total, lang, { n }),
    onChange: onPage,
  };
  return (
    <Table<AuditEventView>
      rowKey="seq"
      size="middle"
      columns={columns(lang, onOpen)}
      dataSource={items}
      loading={loading}
      pagination={pagination}
      locale={{ emptyText: pick(text.empty, lang) }}
      onRow={(e) => ({ onClick: () => onOpen(e), style: { cursor: 'pointer' } })}
      scroll={{ x: 1000 }}
      data-testid="audit-table"
    />
  );
}
