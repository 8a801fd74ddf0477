import { InfoCircleOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useRemote } from '../../../hooks/useRemote';
import { pick, useT } from '../../../locales';
import RuleForm from './RuleForm';
import { type RuleRow, ruleRows } from './model';
import { fetchRules } from './service';
import { text } from './texts';

/** 放号规则 (admin): the hospital's rule and each department's, inherited or its own, editable in place. */
export default function ReleaseRulesPage() {
  const { lang } = useT();
  const data = useRemote((signal) => fetchRules(signal), []);
  const [editing, setEditing] = useState<RuleRow | null>(null);
  const [filter, setFilter] = useState('');

  const rows = data.data ? ruleRows(data.data.rules, data.data.departments, pick(text.hospital, lang), lang === 'en-US' ? 'en' : 'zh') : [];
  const shown = filter ? rows.filter((r) => r.departmentId === null || r.name.toLowerCase().includes(filter.toLowerCase())) : rows;
  const source = (r: RuleRow) => {
    if (r.own) return <Tag color="blue">{pick(text.own, lang)}</Tag>;
    return <Tag>{pick(r.departmentId === null ? text.builtin : text.inherited, lang)}</Tag>;
  };

  const columns: ColumnsType<RuleRow> = [
    { title: pick(text.scope, lang), dataIndex: 'name', render: (name: string, r) => <Typography.Text strong={r.departmentId === null}>{name}</Typography.Text> },
    { title: pick(text.daysAhead, lang), key: 'days', width: 120, render: (_, r) => pick(text.daysValue, lang, { n: r.effective.daysAhead }) },
    { title: pick(text.releaseTime, lang), key: 'time', width: 120, render: (_, r) => r.effective.releaseTime },
    { title: pick(text.sameDay, lang), key: 'same', width: 120, render: (_, r) => pick(r.effective.sameDay ? text.yes : text.no, lang) },
    { title: pick(text.source, lang), key: 'source', width: 120, render: (_, r) => source(r) },
    {
      title: pick(text.actions, lang), key: 'actions', width: 90,
      render: (_, r) => <Button type="link" size="small" onClick={() => setEditing(r)} data-testid="release-rule-edit">{pick(text.edit, lang)}</Button>,
    },
  ];

  return (
    <Card variant="borderless" data-testid="release-rules">
      <Flex gap={8} align="flex-start" style={{ marginBottom: 16 }}>
        <InfoCircleOutlined style={{ color: 'var(--ant-color-primary)', marginTop: 4 }} />
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>{pick(text.intro, lang)}</Typography.Text>
      </Flex>
      <Input.Search allowClear placeholder={pick(text.search, lang)} onSearch={(v) => setFilter(v.trim())}
        onChange={(e) => !e.target.value && setFilter('')} style={{ maxWidth: 320, marginBottom: 12 }} />
      <Table rowKey="key" size="middle" columns={columns} dataSource={shown} loading={data.loading} pagination={{ pageSize: 20, showSizeChanger: false }} />
      {editing ? <RuleForm row={editing} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); data.reload(); }} /> : null}
    </Card>
  );
}
