import { InfoCircleOutlined } from '@ant-design/icons';
import { Card, Col, DatePicker, Flex, Row, Statistic, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useRemote } from '../../../hooks/useRemote';
import { pick, useT } from '../../../locales';
import { barHeights, cancelRate, percent } from './model';
import { type BookingDayStats, fetchStats } from './service';
import { text } from './texts';

const MAX_DAYS = 92;
const CHART_HEIGHT = 120;

/** 挂号看板 (admin): totals, a bar per day and the daily table, for any range up to 92 days. */
export default function BookingDashboardPage() {
  const { lang } = useT();
  // Counted by visit date: the default window also shows the coming week's bookings, not only the past.
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().subtract(23, 'day'), dayjs().add(6, 'day')]);
  const from = range[0].format('YYYY-MM-DD');
  const to = range[1].format('YYYY-MM-DD');
  const stats = useRemote((signal) => fetchStats(from, to, signal), [from, to]);
  const totals = stats.data?.totals;
  const days = stats.data?.days ?? [];
  const heights = barHeights(days);

  const columns: ColumnsType<BookingDayStats> = [
    { title: pick(text.date, lang), dataIndex: 'date', width: 120 },
    { title: pick(text.booked, lang), dataIndex: 'booked' },
    { title: pick(text.cancelled, lang), dataIndex: 'cancelled' },
    { title: pick(text.stopped, lang), dataIndex: 'stopped' },
    { title: pick(text.noShows, lang), dataIndex: 'noShows' },
    { title: pick(text.completed, lang), dataIndex: 'completed' },
    { title: pick(text.waitlistOffers, lang), dataIndex: 'waitlistOffers' },
    { title: pick(text.noShowRate, lang), dataIndex: 'noShowRate', render: (r: number | null) => percent(r) },
  ];
  const cards: { title: keyof typeof text; value: string | number | undefined }[] = [
    { title: 'booked', value: totals?.booked },
    { title: 'cancelRate', value: totals ? percent(cancelRate(totals)) : undefined },
    { title: 'noShows', value: totals?.noShows },
    { title: 'noShowRate', value: totals ? percent(totals.noShowRate) : undefined },
    { title: 'completed', value: totals?.completed },
    { title: 'waitlistOffers', value: totals?.waitlistOffers },
  ];

  return (
    <div data-testid="booking-dashboard">
      <Card variant="borderless" style={{ marginBottom: 20 }}>
        <Flex gap={8} align="flex-start" style={{ marginBottom: 16 }}>
          <InfoCircleOutlined style={{ color: 'var(--ant-color-primary)', marginTop: 4 }} />
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>{pick(text.intro, lang)}</Typography.Text>
        </Flex>
        <Flex align="center" gap={8}>
          <Typography.Text>{pick(text.range, lang)}</Typography.Text>
          <DatePicker.RangePicker value={range} allowClear={false} data-testid="booking-dashboard-range"
            disabledDate={(d, info) => Boolean(info.from && Math.abs(d.diff(info.from, 'day')) >= MAX_DAYS)}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} />
        </Flex>
      </Card>
      <Row gutter={[20, 20]} style={{ marginBottom: 20 }}>
        {cards.map((c) => (
          <Col key={c.title} xs={12} md={8} xl={4}>
            <Card variant="borderless" loading={stats.loading && !totals}>
              <Statistic title={pick(text[c.title], lang)} value={c.value ?? '—'} data-testid={`stat-${c.title}`} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card variant="borderless" title={pick(text.chart, lang)} style={{ marginBottom: 20 }}>
        <Flex align="flex-end" gap={2} style={{ height: CHART_HEIGHT }} data-testid="booking-dashboard-chart">
          {days.map((d, i) => (
            <Tooltip key={d.date} title={`${d.date} · ${pick(text.booked, lang)} ${d.booked} · ${pick(text.noShowRate, lang)} ${percent(d.noShowRate)}`}>
              <div style={{
                flex: 1, minWidth: 2, height: Math.max(2, (heights[i] ?? 0) * CHART_HEIGHT), borderRadius: 2,
                background: d.noShows > 0 ? 'var(--ant-color-warning)' : 'var(--ant-color-primary)',
              }} />
            </Tooltip>
          ))}
        </Flex>
      </Card>
      <Card variant="borderless">
        <Table rowKey="date" size="small" columns={columns} dataSource={[...days].reverse()} loading={stats.loading}
          pagination={{ pageSize: 31, showSizeChanger: false }} />
      </Card>
    </div>
  );
}
