import { App, Button, Card, Flex, Input, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useRemote } from '../../../hooks/useRemote';
import { pick, useT } from '../../../locales';
import { useSession } from '../../../services/session';
import { decideManualRefund, fetchManualRefunds, requestManualRefund, yuan, type ManualRefund } from '../service';
import { STATUS, text } from '../texts';

/** 人工退款 (admin): one admin requests the refund of a paid order, another approves or rejects it. */
export default function ManualRefundsPage() {
  const { lang } = useT();
  const { message } = App.useApp();
  const me = useSession()?.account.id;
  const [tab, setTab] = useState<'requested' | 'approved' | 'rejected'>('requested');
  const list = useRemote((signal) => fetchManualRefunds(tab, signal), [tab]);
  const [orderId, setOrderId] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const act = async (run: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await run();
      void message.success(pick(text.done, lang));
      list.reload();
    } catch {
      // request() showed the server's message (e.g. the requester cannot approve)
    } finally {
      setBusy(false);
    }
  };
  const columns: ColumnsType<ManualRefund> = [
    { title: pick(text.orderId, lang), dataIndex: 'orderId', width: 300 },
    { title: pick(text.amount, lang), dataIndex: 'amountFen', width: 100, align: 'right', render: yuan },
    { title: pick(text.reason, lang), dataIndex: 'reason' },
    { title: pick(text.status, lang), dataIndex: 'status', width: 90, render: (s: string) => <Tag>{pick(STATUS[s]!, lang)}</Tag> },
    { title: pick(text.created, lang), dataIndex: 'requestedAt', width: 150, render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm') },
    ...(tab === 'requested'
      ? [{
          title: pick(text.actions, lang), key: 'actions', width: 150,
          render: (_: unknown, r: ManualRefund) => (
            <Space>
              <Button type="link" size="small" disabled={busy || r.requestedBy === me} onClick={() => void act(() => decideManualRefund(r.id, true))} data-testid="manual-refund-approve">{pick(text.approve, lang)}</Button>
              <Button type="link" size="small" danger disabled={busy || r.requestedBy === me} onClick={() => void act(() => decideManualRefund(r.id, false))} data-testid="manual-refund-reject">{pick(text.reject, lang)}</Button>
            </Space>
          ),
        }]
      : []),
  ];
  return (
    <Card variant="borderless" data-testid="finance-manual-refunds">
      <Typography.Paragraph type="secondary">{pick(text.twoPeople, lang)}</Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Input placeholder={pick(text.orderId, lang)} style={{ width: 320 }} value={orderId} onChange={(e) => setOrderId(e.target.value.trim())} data-testid="manual-refund-order" />
        <Input placeholder={pick(text.reason, lang)} style={{ width: 280 }} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="manual-refund-reason" />
        <Button type="primary" disabled={!orderId || reason.trim().length < 2 || busy} data-testid="manual-refund-request"
          onClick={() => void act(async () => { await requestManualRefund(orderId, reason.trim()); setOrderId(''); setReason(''); })}>
          {pick(text.request, lang)}
        </Button>
      </Flex>
      <Tabs activeKey={tab} onChange={(k) => setTab(k as typeof tab)} items={(['requested', 'approved', 'rejected'] as const).map((s) => ({ key: s, label: pick(STATUS[s]!, lang) }))} />
      <Table rowKey="id" size="middle" columns={columns} dataSource={list.data ?? []} loading={list.loading} pagination={{ pageSize: 20, showSizeChanger: false }} scroll={{ x: 1000 }} />
    </Card>
  );
}
