import { Alert, Button, Card, DatePicker, Flex, Segmented, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { PaymentChannel, ReconciliationReport } from '@xinglin/contracts';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useRemote } from '../../../hooks/useRemote';
import { pick, useT } from '../../../locales';
import { downloadReconciliationCsv, fetchReconciliation, yuan } from '../service';
import { CHANNEL, DIFF, text } from '../texts';

type Diff = ReconciliationReport['differences'][number];

/** 对账报表 (admin): a Beijing day of our payments and refunds against the channel's trade bill (WeChat Pay or Alipay); every difference; CSV. */
export default function ReconciliationPage() {
  const { lang } = useT();
  const [date, setDate] = useState(() => dayjs().subtract(1, 'day').format('YYYY-MM-DD'));
  const [channel, setChannel] = useState<PaymentChannel>('wechat');
  const report = useRemote((signal) => fetchReconciliation(date, channel, signal), [date, channel]);
  const columns: ColumnsType<Diff> = [
    { title: pick(text.kind, lang), dataIndex: 'kind', width: 130, render: (k: string) => <Tag color="red">{pick(DIFF[k]!, lang)}</Tag> },
    { title: pick(text.line, lang), dataIndex: 'line', width: 80, render: (l: string) => (l === 'payment' ? (lang === 'en-US' ? 'Payment' : '支付') : lang === 'en-US' ? 'Refund' : '退款') },
    { title: pick(text.orderNo, lang), dataIndex: 'orderNo', width: 250 },
    { title: pick(text.reference, lang), dataIndex: 'reference', width: 260 },
    { title: pick(text.ours, lang), key: 'ours', width: 140, render: (_: unknown, d: Diff) => `${yuan(d.oursFen)} ${d.oursStatus ?? ''}` },
    { title: pick(text.theirs, lang), key: 'theirs', width: 140, render: (_: unknown, d: Diff) => `${yuan(d.theirsFen)} ${d.theirsStatus ?? ''}` },
  ];
  const r = report.data;
  return (
    <Card variant="borderless" data-testid="finance-reconciliation">
      <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
        <Typography.Text>{pick(text.date, lang)}</Typography.Text>
        <DatePicker allowClear={false} value={dayjs(date)} onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))} />
        <Typography.Text>{pick(text.channel, lang)}</Typography.Text>
        <Segmented<PaymentChannel> value={channel} onChange={setChannel} data-testid="reconciliation-channel"
          options={(['wechat', 'alipay'] as const).map((c) => ({ value: c, label: pick(CHANNEL[c]!, lang) }))} />
        <Button onClick={() => void downloadReconciliationCsv(date, channel)} data-testid="reconciliation-csv">{pick(text.csv, lang)}</Button>
      </Flex>
      {r ? (
        <Alert style={{ marginBottom: 12 }} type={r.differences.length ? 'warning' : 'success'} showIcon
          message={r.differences.length ? pick(text.summary, lang, { p: r.ourPayments, r: r.ourRefunds, b: r.billLines, d: r.differences.length }) : pick(text.clean, lang)} />
      ) : null}
      <Table rowKey={(d) => `${d.kind}:${d.line}:${d.reference}`} size="middle" columns={columns} dataSource={r?.differences ?? []} loading={report.loading} pagination={{ pageSize: 50, showSizeChanger: false }} scroll={{ x: 1000 }} />
    </Card>
  );
}
