import { Button, Card, DatePicker, Flex, Input, Select, Table, Tabs, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useRemote } from '../../../hooks/useRemote';
import { pick, useT } from '../../../locales';
import { fetchOrders, fetchRefunds, yuan, type FinanceOrder, type FinanceRefund, type OrderFilters } from '../service';
import { CHANNEL, SOURCE, STATUS, text } from '../texts';

const options = (m: Record<string, { zh: string; en: string }>, keys: string[], lang: Parameters<typeof pick>[1]) => keys.map((k) => ({ value: k, label: pick(m[k]!, lang) }));

/** 支付订单 and 退款记录 (admin): filters by status, source, channel, order number and creation date. */
export default function FinancePaymentsPage() {
  const { lang } = useT();
  const [tab, setTab] = useState<'orders' | 'refunds'>('orders');
  const [draft, setDraft] = useState<OrderFilters>({ page: 1 });
  const [filters, setFilters] = useState<OrderFilters>({ page: 1 });
  const [refundStatus, setRefundStatus] = useState<string | undefined>();
  const orders = useRemote((signal) => fetchOrders(filters, signal), [JSON.stringify(filters)]);
  const refunds = useRemote((signal) => (tab === 'refunds' ? fetchRefunds(refundStatus, signal) : Promise.resolve([])), [tab, refundStatus]);
  const tag = (s: string) => <Tag>{pick(STATUS[s] ?? { zh: s, en: s }, lang)}</Tag>;
  const time = (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : '—');

  const orderColumns: ColumnsType<FinanceOrder> = [
    { title: pick(text.orderNo, lang), dataIndex: 'orderNo', width: 250 },
    { title: pick(text.patient, lang), dataIndex: 'patientName', width: 90 },
    { title: pick(text.source, lang), dataIndex: 'source', width: 90, render: (s: string) => pick(SOURCE[s] ?? { zh: s, en: s }, lang) },
    { title: pick(text.status, lang), dataIndex: 'status', width: 90, render: tag },
    { title: pick(text.channel, lang), dataIndex: 'channel', width: 100, render: (c: string | null) => (c ? pick(CHANNEL[c] ?? { zh: c, en: c }, lang) : '—') },
    { title: pick(text.amount, lang), dataIndex: 'totalFen', width: 100, align: 'right', render: yuan },
    { title: pick(text.refunded, lang), dataIndex: 'refundedFen', width: 100, align: 'right', render: yuan },
    { title: pick(text.created, lang), dataIndex: 'createdAt', width: 150, render: time },
    { title: pick(text.paidAt, lang), dataIndex: 'paidAt', width: 150, render: time },
  ];
  const refundColumns: ColumnsType<FinanceRefund> = [
    { title: pick(text.refundNo, lang), dataIndex: 'refundNo', width: 250 },
    { title: pick(text.orderNo, lang), dataIndex: 'orderNo', width: 250 },
    { title: pick(text.amount, lang), dataIndex: 'amountFen', width: 100, align: 'right', render: yuan },
    { title: pick(text.reason, lang), dataIndex: 'reason' },
    { title: pick(text.status, lang), dataIndex: 'status', width: 90, render: tag },
    { title: pick(text.created, lang), dataIndex: 'createdAt', width: 150, render: time },
  ];
  const range = (v: [Dayjs | null, Dayjs | null] | null) => setDraft((d) => ({ ...d, from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') }));

  return (
    <Card variant="borderless" data-testid="finance-payments">
      <Tabs activeKey={tab} onChange={(k) => setTab(k as 'orders' | 'refunds')} items={[{ key: 'orders', label: pick(text.payments, lang) }, { key: 'refunds', label: pick(text.refunds, lang) }]} />
      {tab === 'orders' ? (
        <>
          <Flex gap={8} wrap style={{ marginBottom: 12 }}>
            <Select allowClear placeholder={pick(text.status, lang)} style={{ width: 120 }} options={options(STATUS, ['pending', 'paying', 'paid', 'refunding', 'refunded', 'closed'], lang)} onChange={(v?: string) => setDraft((d) => ({ ...d, status: v }))} />
            <Select allowClear placeholder={pick(text.source, lang)} style={{ width: 120 }} options={options(SOURCE, Object.keys(SOURCE), lang)} onChange={(v?: string) => setDraft((d) => ({ ...d, source: v }))} />
            <Select allowClear placeholder={pick(text.channel, lang)} style={{ width: 120 }} options={options(CHANNEL, Object.keys(CHANNEL), lang)} onChange={(v?: string) => setDraft((d) => ({ ...d, channel: v }))} />
            <Input allowClear placeholder={pick(text.orderNo, lang)} style={{ width: 260 }} onChange={(e) => setDraft((d) => ({ ...d, orderNo: e.target.value.trim() || undefined }))} />
            <DatePicker.RangePicker onChange={(v) => range(v as [Dayjs | null, Dayjs | null] | null)} />
            <Button type="primary" onClick={() => setFilters({ ...draft, page: 1 })} data-testid="finance-search">{pick(text.search, lang)}</Button>
          </Flex>
          <Table rowKey="id" size="middle" columns={orderColumns} dataSource={orders.data?.items ?? []} loading={orders.loading} scroll={{ x: 1200 }}
            pagination={{ current: filters.page, pageSize: 20, total: orders.data?.total ?? 0, showSizeChanger: false, onChange: (page) => setFilters((f) => ({ ...f, page })) }} />
        </>
      ) : (
        <>
          <Select allowClear placeholder={pick(text.status, lang)} style={{ width: 140, marginBottom: 12 }} options={options(STATUS, ['requested', 'processing', 'succeeded', 'failed'], lang)} onChange={(v?: string) => setRefundStatus(v)} />
          <Table rowKey="id" size="middle" columns={refundColumns} dataSource={refunds.data ?? []} loading={refunds.loading} pagination={{ pageSize: 20, showSizeChanger: false }} scroll={{ x: 1100 }} />
        </>
      )}
    </Card>
  );
}
