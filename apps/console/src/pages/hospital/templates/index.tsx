import { InfoCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { doctorTitleNames } from '@xinglin/contracts';
import { Button, Card, Empty, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useRemote } from '../../../hooks/useRemote';
import { pick, useT } from '../../../locales';
import TemplateModal from './TemplateModal';
import { type Period, type WeekRow, WEEKDAYS, draftFor, formatYuan, weekGrid, weekSummary } from './model';
import { type ScheduleTemplate, fetchDepartments, fetchDoctors, fetchTemplates } from './service';
import { levels, periods, text, weekdays } from './texts';

/** 出诊模板 (admin): pick a department and a doctor, see the weekly grid, add or change one half-day at a time. */
export default function ScheduleTemplatesPage() {
  const { lang } = useT();
  const departments = useRemote((signal) => fetchDepartments(signal), []);
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const chosenDepartment = departmentId ?? departments.data?.[0]?.id ?? null;
  const doctors = useRemote((signal) => (chosenDepartment ? fetchDoctors(chosenDepartment, signal) : Promise.resolve([])), [chosenDepartment]);
  const [doctorId, setDoctorId] = useState<string | null>(null);
  const doctor = doctors.data?.find((d) => d.id === doctorId) ?? doctors.data?.[0] ?? null;
  const templates = useRemote((signal) => (doctor ? fetchTemplates(doctor.id, signal) : Promise.resolve([])), [doctor?.id]);
  const [editing, setEditing] = useState<ScheduleTemplate | null>(null);

  const list = templates.data ?? [];
  const summary = weekSummary(list);
  const cell = (weekday: number, period: Period, t: ScheduleTemplate | null) =>
    t ? (
      <Space orientation="vertical" size={2} style={{ cursor: 'pointer', opacity: t.active ? 1 : 0.55 }} onClick={() => setEditing(t)}
        data-testid="template-cell" data-weekday={weekday} data-period={period}>
        <Space size={4} wrap>
          <Tag color={t.active ? levels[t.level].color : 'default'} style={{ marginInlineEnd: 0 }}>{pick(levels[t.level].label, lang)}</Tag>
          {t.active ? null : <Tag style={{ marginInlineEnd: 0 }}>{pick(text.paused, lang)}</Tag>}
        </Space>
        <Typography.Text style={{ fontSize: 12 }}>{formatYuan(t.feeFen)} · {pick(text.perSlot, lang, { n: t.placesPerSlot })}</Typography.Text>
      </Space>
    ) : (
      <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => setEditing(draftFor(weekday, period, null))}
        aria-label={`${pick(text.add, lang)} ${pick(weekdays[weekday]!, lang)}${pick(periods[period], lang)}`} data-testid="template-add" data-weekday={weekday} data-period={period} />
    );

  const columns: ColumnsType<WeekRow> = [
    { title: pick(text.period, lang), key: 'period', width: 80, fixed: 'left', render: (_, r) => <Typography.Text strong>{pick(periods[r.period], lang)}</Typography.Text> },
    ...WEEKDAYS.map((day) => ({
      title: pick(weekdays[day]!, lang),
      key: String(day),
      width: 130,
      render: (_: unknown, r: WeekRow) => cell(day, r.period, r.cells[day] ?? null),
    })),
  ];

  return (
    <Card variant="borderless" data-testid="schedule-templates">
      <Flex gap={8} align="flex-start" style={{ marginBottom: 16 }}>
        <InfoCircleOutlined style={{ color: 'var(--ant-color-primary)', marginTop: 4 }} />
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>{pick(text.intro, lang)}</Typography.Text>
      </Flex>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select style={{ width: 200 }} value={chosenDepartment} loading={departments.loading} placeholder={pick(text.chooseDepartment, lang)}
          showSearch optionFilterProp="label" aria-label={pick(text.department, lang)} data-testid="templates-department"
          onChange={(id: string) => { setDepartmentId(id); setDoctorId(null); }}
          options={(departments.data ?? []).map((d) => ({ value: d.id, label: lang === 'en-US' ? d.nameEn : d.name }))} />
        <Select style={{ width: 200 }} value={doctor?.id ?? null} loading={doctors.loading} placeholder={pick(text.chooseDoctor, lang)}
          showSearch optionFilterProp="label" aria-label={pick(text.doctor, lang)} data-testid="templates-doctor" onChange={setDoctorId}
          options={(doctors.data ?? []).map((d) => ({ value: d.id, label: `${d.name} · ${pick(doctorTitleNames[d.title], lang)}` }))} />
        {doctor && templates.data ? (
          <Typography.Text type="secondary" data-testid="templates-summary">
            {pick(text.summary, lang, { a: summary.active, p: summary.paused, n: summary.placesPerSlot })}
          </Typography.Text>
        ) : null}
      </Space>
      {doctor ? (
        <Table rowKey="period" size="middle" bordered columns={columns} dataSource={weekGrid(list)} loading={templates.loading}
          pagination={false} scroll={{ x: 80 + WEEKDAYS.length * 130 }} />
      ) : (
        <Empty description={pick(text.noDoctor, lang)} />
      )}
      {editing && doctor ? (
        <TemplateModal doctor={doctor} draft={editing} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); templates.reload(); }} />
      ) : null}
    </Card>
  );
}
