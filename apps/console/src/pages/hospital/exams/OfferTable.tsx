import { Progress, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { pick, useT } from '../../../locales';
import { type DayCell, type OfferRow, cellTone } from './model';
import { text, tones } from './texts';

const CELL_WIDTH = 92;

/** Packages or vaccines × the window's days: booked/places per day, coloured as the day fills; a click sets places. */
export default function OfferTable({ rows, dates, loading, onPick, testId }: {
  rows: OfferRow[];
  dates: readonly string[];
  loading: boolean;
  onPick: (row: OfferRow, date: string, cell: DayCell | null) => void;
  testId: string;
}) {
  const { lang } = useT();
  const columns: ColumnsType<OfferRow> = [
    {
      title: pick(text.name, lang), key: 'name', fixed: 'left', width: 180,
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{r.name}</Typography.Text>
          {r.active ? null : <Tag>{pick(text.inactive, lang)}</Tag>}
        </Space>
      ),
    },
    {
      title: pick(text.window, lang), key: 'totals', width: 110,
      render: (_, r) => (r.totals.capacity ? <Progress percent={Math.round((r.totals.booked / r.totals.capacity) * 100)} size="small" format={() => `${r.totals.booked}/${r.totals.capacity}`} /> : '—'),
    },
    ...dates.map((date) => ({
      title: <span>{date.slice(5)}<br /><Typography.Text type="secondary" style={{ fontSize: 12 }}>{dayjs(date).format('ddd')}</Typography.Text></span>,
      key: date,
      width: CELL_WIDTH,
      render: (_: unknown, r: OfferRow) => {
        const cell = r.cells[date] ?? null;
        const tone = cellTone(cell);
        return (
          <Tag color={tones[tone].color} style={{ cursor: 'pointer', marginInlineEnd: 0 }} onClick={() => onPick(r, date, cell)}
            data-testid="capacity-cell" data-date={date} data-tone={tone}>
            {cell ? pick(text.cell, lang, { b: cell.booked, c: cell.capacity }) : pick(text.closed, lang)}
          </Tag>
        );
      },
    })),
  ];
  return (
    <Table rowKey="id" size="small" bordered columns={columns} dataSource={rows} loading={loading} pagination={false}
      scroll={{ x: 290 + dates.length * CELL_WIDTH }} data-testid={testId} />
  );
}
