import { ManOutlined, QuestionOutlined, WomanOutlined } from '@ant-design/icons';
import { Avatar, Button, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { MouseEvent, ReactNode } from 'react';
import { pick, useT, type Lang } from '../../../../locales';
import { formatDate } from '../../../../utils/format';
import { relationshipExpiry } from '../expiry';
import type { ClinicalPatient } from '../service';
import { genders, text } from '../texts';

const genderIcon = { male: <ManOutlined />, female: <WomanOutlined />, unknown: <QuestionOutlined /> };
const avatarTone = { male: '#e6f4ff', female: '#fff0f6', unknown: '#f5f5f5' };
const avatarInk = { male: '#1677ff', female: '#c41d7f', unknown: '#8c8c8c' };

function columns(lang: Lang, onOpen: (p: ClinicalPatient) => void): TableColumnsType<ClinicalPatient> {
  // Buttons sit inside a clickable row: one click must be one navigation, not two history entries.
  const openOnly = (p: ClinicalPatient) => (e: MouseEvent) => {
    e.stopPropagation();
    onOpen(p);
  };
  return [
    {
      key: 'name',
      title: pick(text.name, lang),
      render: (_, p) => {
        const g = p.gender ?? 'unknown';
        return (
          <Flex gap={12} align="center">
            <Avatar style={{ background: avatarTone[g], color: avatarInk[g] }}>{p.name.slice(0, 1)}</Avatar>
            <Button type="link" style={{ padding: 0, fontWeight: 500 }} onClick={openOnly(p)}>
              {p.name}
            </Button>
          </Flex>
        );
      },
    },
    {
      key: 'gender',
      title: pick(text.gender, lang),
      width: 90,
      render: (_, p) => (
        <span style={{ color: avatarInk[p.gender ?? 'unknown'] }}>
          {genderIcon[p.gender ?? 'unknown']} {pick(genders[p.gender ?? 'unknown'], lang)}
        </span>
      ),
    },
    { key: 'age', title: pick(text.age, lang), width: 80, render: (_, p) => (p.age === null ? '—' : pick(text.ageValue, lang, { n: p.age })) },
    {
      key: 'id',
      title: pick(text.idNumber, lang),
      dataIndex: 'idNumberMasked',
      render: (v: string) => <span style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace', letterSpacing: 0.5 }}>{v}</span>,
    },
    {
      key: 'cards',
      title: pick(text.cards, lang),
      render: (_, p): ReactNode =>
        p.cards.length === 0 ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Flex gap={4} wrap>
            {p.cards.slice(0, 2).map((card) => <Tag key={card}>{card}</Tag>)}
            {p.cards.length > 2 && <Tag>+{p.cards.length - 2}</Tag>}
          </Flex>
        ),
    },
    {
      key: 'until',
      title: pick(text.until, lang),
      width: 200,
      render: (_, p) => {
        const { days, tone } = relationshipExpiry(p.relationshipUntil);
        return (
          <Flex gap={8} align="center">
            <span>{formatDate(p.relationshipUntil)}</span>
            <Tag color={tone} bordered={false}>
              {days === 0 ? pick(text.lastDay, lang) : pick(text.daysLeft, lang, { n: days })}
            </Tag>
          </Flex>
        );
      },
    },
    {
      key: 'open',
      title: '',
      width: 130,
      align: 'right',
      render: (_, p) => (
        <Button size="small" onClick={openOnly(p)}>
          {pick(text.open, lang)}
        </Button>
      ),
    },
  ];
}

interface Props {
  patients: ClinicalPatient[];
  loading: boolean;
  emptyText: ReactNode;
  onOpen: (patient: ClinicalPatient) => void;
}

/** The doctor's patients; a click anywhere on a row opens the health record. */
export default function PatientTable({ patients, loading, emptyText, onOpen }: Props) {
  const { lang } = useT();
  return (
    <Table<ClinicalPatient>
      rowKey="id"
      columns={columns(lang, onOpen)}
      dataSource={patients}
      loading={loading}
      pagination={patients.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText }}
      onRow={(p) => ({ onClick: () => onOpen(p), style: { cursor: 'pointer' } })}
      scroll={{ x: 900 }}
      data-testid="patients-table"
    />
  );
}
