import { Button, Card, Flex, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { QueueEntry, SessionQueue } from '@xinglin/contracts';
import { pick, useT } from '../../../../locales';
import { formatDateTime } from '../../../../utils/format';
import { orderEntries, rowActions } from '../queue-model';
import type { QueueAction } from '../service';
import { periodText, statusText, text } from '../texts';

const statusColor: Record<QueueEntry['status'], string> = { confirmed: 'default', checked_in: 'blue', called: 'green', completed: 'default', no_show: 'orange' };

interface Props {
  session: SessionQueue;
  busy: string | null;
  onAction: (action: QueueAction, id: string) => void;
}

/** One clinic session: who is being seen, the call buttons, and the queue by visit number. */
export default function SessionQueueCard({ session, busy, onAction }: Props) {
  const { lang } = useT();
  const time = (iso: string) => new Date(iso).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit', hour12: false });
  const columns = [
    { title: pick(text.visitNo, lang), dataIndex: 'visitNo', width: 72, render: (n: number) => <Typography.Text strong>{n}</Typography.Text> },
    { title: pick(text.patient, lang), dataIndex: 'patientName' },
    { title: pick(text.slot, lang), dataIndex: 'startsAt', render: time },
    { title: pick(text.status, lang), dataIndex: 'status', render: (s: QueueEntry['status']) => <Tag color={statusColor[s]}>{pick(statusText[s], lang)}</Tag> },
    { title: pick(text.checkedInAt, lang), dataIndex: 'checkedInAt', render: (v: string | null) => (v ? formatDateTime(v).slice(11) : '—') },
    {
      title: pick(text.actions, lang),
      key: 'actions',
      render: (_: unknown, e: QueueEntry) => {
        const can = rowActions(e.status);
        return (
          <Space size="small">
            {can.done && (
              <Button size="small" type="primary" loading={busy === `done:${e.bookingId}`} onClick={() => onAction('done', e.bookingId)} data-testid={`queue-done-${e.visitNo}`}>
                {pick(text.done, lang)}
              </Button>
            )}
            {can.noShow && (
              <Popconfirm title={pick(text.noShowConfirm, lang, { n: e.visitNo })} onConfirm={() => onAction('no-show', e.bookingId)}>
                <Button size="small" danger loading={busy === `no-show:${e.bookingId}`} data-testid={`queue-no-show-${e.visitNo}`}>
                  {pick(text.noShow, lang)}
                </Button>
              </Popconfirm>
            )}
          </Space>
        );
      },
    },
  ];
  return (
    <Card
      title={`${session.departmentName} · ${pick(periodText[session.period], lang)}`}
      data-testid={`queue-session-${session.sessionId}`}
      extra={
        <Space>
          <Typography.Text strong data-testid="queue-current">
            {session.currentVisitNo === null ? pick(text.nobodyCurrent, lang) : pick(text.current, lang, { n: session.currentVisitNo })}
          </Typography.Text>
          <Typography.Text type="secondary">{pick(text.waiting, lang, { n: session.waitingCount })}</Typography.Text>
          <Button onClick={() => onAction('recall', session.sessionId)} disabled={session.currentVisitNo === null} loading={busy === `recall:${session.sessionId}`}>
            {pick(text.recall, lang)}
          </Button>
          <Button type="primary" onClick={() => onAction('call-next', session.sessionId)} disabled={session.waitingCount === 0} loading={busy === `call-next:${session.sessionId}`} data-testid="queue-call-next">
            {pick(text.callNext, lang)}
          </Button>
        </Space>
      }
    >
      <Flex vertical gap={8}>
        <Table<QueueEntry> rowKey="bookingId" size="middle" pagination={false} columns={columns} dataSource={orderEntries(session.entries)} />
      </Flex>
    </Card>
  );
}
