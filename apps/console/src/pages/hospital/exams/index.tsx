import { InfoCircleOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useRemote } from '../../../hooks/useRemote';
import { pick, useT } from '../../../locales';
import CapacityModal from './CapacityModal';
import OfferTable from './OfferTable';
import { CENTRE_ROW_ID, type DayCell, type OfferRow, centreRow, offerRows, windowDates } from './model';
import { type CapacitySet, fetchOffers, setExamCapacity, setVaccineCapacity } from './service';
import { text, tones } from './texts';

interface Editing {
  name: string;
  date: string;
  current: DayCell | null | undefined;
  help?: string;
  submit: (date: string, capacity: number) => Promise<CapacitySet>;
}

/** 体检与疫苗 (admin): booked against places per day for every exam package and vaccine; set a day's places. */
export default function ExamsAndVaccinesPage() {
  const { lang } = useT();
  const dates = windowDates(new Date());
  const [from, to] = [dates[0]!, dates.at(-1)!];
  const offers = useRemote((signal) => fetchOffers(from, to, signal), [from, to]);
  const [tab, setTab] = useState<'exams' | 'vaccines'>('exams');
  const [editing, setEditing] = useState<Editing | null>(null);

  const examCounts = offers.data?.examCounts ?? [];
  // The centre's daily total first: it caps every package below it.
  const packages = [centreRow(examCounts, dates, pick(text.centre, lang)), ...offerRows(offers.data?.packages ?? [], dates, examCounts)];
  const vaccines = offerRows(offers.data?.vaccines ?? [], dates, offers.data?.vaccineCounts ?? []);
  const centre = (date = dates[0]!, current?: DayCell | null) => setEditing({
    name: pick(text.centre, lang), date, current, help: pick(text.centreHelp, lang),
    submit: (d, capacity) => setExamCapacity({ date: d, packageId: null, capacity }),
  });
  const pickExam = (row: OfferRow, date: string, cell: DayCell | null) =>
    row.id === CENTRE_ROW_ID
      ? centre(date, cell)
      : setEditing({ name: row.name, date, current: cell, submit: (d, capacity) => setExamCapacity({ date: d, packageId: row.id, capacity }) });

  return (
    <Card variant="borderless" data-testid="exams-admin">
      <Flex gap={8} align="flex-start" style={{ marginBottom: 16 }}>
        <InfoCircleOutlined style={{ color: 'var(--ant-color-primary)', marginTop: 4 }} />
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>{pick(text.intro, lang)}</Typography.Text>
      </Flex>
      <Tabs activeKey={tab} onChange={(k) => setTab(k as 'exams' | 'vaccines')}
        tabBarExtraContent={(
          <Space wrap>
            <Typography.Text type="secondary">{pick(text.legend, lang)}</Typography.Text>
            {Object.values(tones).map((t) => <Tag key={t.color} color={t.color}>{pick(t.label, lang)}</Tag>)}
            {tab === 'exams' ? <Button icon={<SettingOutlined />} onClick={() => centre()} data-testid="exam-centre-capacity">{pick(text.centre, lang)}</Button> : null}
          </Space>
        )}
        items={[
          {
            key: 'exams',
            label: pick(text.exams, lang),
            children: (
              <>
                <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>{pick(text.examNote, lang)}</Typography.Paragraph>
                <OfferTable rows={packages} dates={dates} loading={offers.loading} testId="exam-capacity"
                  onPick={pickExam} />
              </>
            ),
          },
          {
            key: 'vaccines',
            label: pick(text.vaccines, lang),
            children: (
              <OfferTable rows={vaccines} dates={dates} loading={offers.loading} testId="vaccine-capacity"
                onPick={(row, date, cell) => setEditing({ name: row.name, date, current: cell, submit: (d, capacity) => setVaccineCapacity({ vaccineId: row.id, date: d, capacity }) })} />
            ),
          },
        ]} />
      {editing ? (
        <CapacityModal name={editing.name} date={editing.date} current={editing.current} help={editing.help} onSubmit={editing.submit}
          onClose={() => setEditing(null)} onSaved={() => { setEditing(null); offers.reload(); }} />
      ) : null}
    </Card>
  );
}
