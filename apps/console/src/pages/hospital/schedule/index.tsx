import { InfoCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Empty, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useRemote } from '../../../hooks/useRemote';
import { pick, useT } from '../../../locales';
import ExtraSessionModal from './ExtraSessionModal';
import SessionDrawer from './SessionDrawer';
import { type ScheduleRow, buildRows, dateRange, sessionTone } from './model';
import { type ClinicSession, type Doctor, fetchDepartmentSchedule, fetchDepartments } from './service';
import { periods, text, tones } from './texts';

/** The schedule API serves at most 14 days per doctor. */
const DAYS = 14;

/** 出诊日历 (admin): a department's doctors × the next 14 days, with remaining places, 停诊, 加号 and 加诊. */
export default function ClinicCalendarPage() {
  const { lang } = useT();
  const departments = useRemote((signal) => fetchDepartments(signal), []);
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [from, setFrom] = useState<Dayjs>(() => dayjs());
  const fromText = from.format('YYYY-MM-DD');
  const chosen = departmentId ?? departments.data?.[0]?.id ?? null;
  const schedule = useRemote(
    (signal) => (chosen ? fetchDepartmentSchedule(chosen, fromText, DAYS, signal) : Promise.resolve(null)),
    [chosen, fromText],
  );
  const [open, setOpen] = useState<{ session: ClinicSession; doctor: Doctor } | null>(null);
  const [adding, setAdding] = useState(false);

  const dates = dateRange(fromText, DAYS);
  const rows = schedule.data ? buildRows(schedule.data.doctors, schedule.data.sessions) : [];
  const columns: ColumnsType<ScheduleRow> = [
    { title: pick(text.doctor, lang), key: 'doctor', fixed: 'left', width: 110, render: (_, r) => <Typography.Text strong>{r.doctor.name}</Typography.Text> },
    ...dates.map((date) => ({
      title: <span>{date.slice(5)}<br /><Typography.Text type="secondary" style={{ fontSize: 12 }}>{dayjs(date).format('ddd')}</Typography.Text></span>,
      key: date,
      width: 118,
      render: (_: unknown, r: ScheduleRow) => (
        <Space orientation="vertical" size={4}>
          {(r.byDate[date] ?? []).map((s) => {
            const tone = tones[sessionTone(s)];
            return (
              <Tag key={s.id} color={tone.color} style={{ cursor: 'pointer', marginInlineEnd: 0 }} data-testid="calendar-session"
                data-session-id={s.id} data-tone={sessionTone(s)} onClick={() => setOpen({ session: s, doctor: r.doctor })}>
                {pick(periods[s.period], lang)} {s.status === 'stopped' ? pick(tone.label, lang) : pick(text.remaining, lang, { r: s.remaining, c: s.capacity })}
              </Tag>
            );
          })}
        </Space>
      ),
    })),
  ];

  return (
    <Card variant="borderless" data-testid="clinic-calendar">
      <Flex gap={8} align="flex-start" style={{ marginBottom: 16 }}>
        <InfoCircleOutlined style={{ color: 'var(--ant-color-primary)', marginTop: 4 }} />
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>{pick(text.intro, lang)}</Typography.Text>
      </Flex>
      <Flex justify="space-between" align="center" gap={16} wrap style={{ marginBottom: 12 }}>
        <Space wrap>
          <Select style={{ width: 200 }} value={chosen} loading={departments.loading} placeholder={pick(text.noDepartment, lang)}
            showSearch optionFilterProp="label" onChange={setDepartmentId} data-testid="calendar-department"
            options={(departments.data ?? []).map((d) => ({ value: d.id, label: lang === 'en-US' ? d.nameEn : d.name }))} />
          <DatePicker value={from} allowClear={false} onChange={(d) => d && setFrom(d)} aria-label={pick(text.from, lang)} />
          <Space size={4}>
            {Object.values(tones).map((tone) => <Tag key={tone.color} color={tone.color}>{pick(tone.label, lang)}</Tag>)}
          </Space>
        </Space>
        <Button type="primary" icon={<PlusOutlined />} disabled={!schedule.data?.doctors.length} onClick={() => setAdding(true)} data-testid="calendar-extra">
          {pick(text.extra, lang)}
        </Button>
      </Flex>
      <Table rowKey={(r) => r.doctor.id} size="small" bordered columns={columns} dataSource={rows} loading={schedule.loading}
        scroll={{ x: 110 + DAYS * 118 }} pagination={false}
        locale={{ emptyText: <Empty description={pick(text.empty, lang)} /> }} />
      {open ? (
        <SessionDrawer session={open.session} doctor={open.doctor} onClose={() => setOpen(null)} onChanged={() => {
          schedule.reload();
          setOpen(null);
        }} />
      ) : null}
      {adding && schedule.data ? (
        <ExtraSessionModal doctors={schedule.data.doctors} onClose={() => setAdding(false)} onDone={() => {
          setAdding(false);
          schedule.reload();
        }} />
      ) : null}
    </Card>
  );
}
