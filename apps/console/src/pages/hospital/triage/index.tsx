import { useMemo, useState } from 'react';
import { InfoCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useRemote } from '../../../hooks/useRemote';
import { pick, useT } from '../../../locales';
import RuleForm from './RuleForm';
import { type TriageRuleView, disableRule, fetchChoices, fetchRules } from './service';
import { pregnancies, sexes, text } from './texts';

type Editing = { rule: TriageRuleView | null } | null;

/** 导诊规则 (admin): the rules behind the patient app's 智能导诊, editable without a release. */
export default function TriageRulesPage() {
  const { lang } = useT();
  const { message } = App.useApp();
  const rules = useRemote((signal) => fetchRules(signal), []);
  const choices = useRemote((signal) => fetchChoices(signal), []);
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<Editing>(null);

  const bodyPartName = useMemo(() => new Map(choices.data?.bodyParts.map((b) => [b.code, pick(b, lang)])), [choices.data, lang]);
  const all = rules.data ?? [];
  const shown = filter
    ? all.filter((r) => [r.symptom, r.symptomEn, r.departmentName, r.departmentCode, ...r.keywords].some((s) => s.toLowerCase().includes(filter.toLowerCase())))
    : all;

  const conditions = (r: TriageRuleView) => {
    const parts: string[] = [];
    if (r.minAge !== null || r.maxAge !== null) parts.push(pick(text.ageRange, lang, { min: r.minAge ?? 0, max: r.maxAge ?? '∞' }));
    if (r.sex) parts.push(pick(sexes[r.sex], lang));
    if (r.pregnancy !== 'any') parts.push(pick(pregnancies[r.pregnancy], lang));
    return parts.length ? parts.map((p) => <Tag key={p}>{p}</Tag>) : <Typography.Text type="secondary">{pick(text.any, lang)}</Typography.Text>;
  };

  const columns: ColumnsType<TriageRuleView> = [
    {
      title: pick(text.symptomShort, lang), dataIndex: 'symptom', width: 150,
      render: (_, r) => (
        <Space size={4} wrap>
          <Typography.Text strong>{lang === 'en-US' ? r.symptomEn : r.symptom}</Typography.Text>
          {r.emergency && <Tag color="red">{pick(text.emergencyShort, lang)}</Tag>}
        </Space>
      ),
    },
    { title: pick(text.keywords, lang), dataIndex: 'keywords', render: (k: string[]) => k.map((w) => <Tag key={w}>{w}</Tag>) },
    { title: pick(text.bodyPart, lang), dataIndex: 'bodyPart', width: 100, render: (b: string | null) => (b ? bodyPartName.get(b) ?? b : '—') },
    { title: pick(text.department, lang), dataIndex: 'departmentName', width: 140 },
    { title: pick(text.weight, lang), dataIndex: 'weight', width: 80, sorter: (a, b) => a.weight - b.weight },
    { title: pick(text.conditions, lang), key: 'conditions', width: 170, render: (_, r) => conditions(r) },
    {
      title: pick(text.status, lang), dataIndex: 'enabled', width: 90,
      render: (on: boolean) => (on ? <Tag color="green">{pick(text.enabled, lang)}</Tag> : <Tag>{pick(text.disabled, lang)}</Tag>),
    },
    {
      title: pick(text.actions, lang), key: 'actions', width: 140, fixed: 'right',
      render: (_, r) => (
        <Space>
          <Button type="link" size="small" onClick={() => setEditing({ rule: r })} data-testid="triage-rule-edit">{pick(text.edit, lang)}</Button>
          {r.enabled && (
            <Popconfirm title={pick(text.disableConfirm, lang)} onConfirm={() => void disableRule(r.id).then(() => { void message.success(pick(text.saved, lang)); rules.reload(); })}>
              <Button type="link" size="small" danger>{pick(text.disable, lang)}</Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card variant="borderless" data-testid="triage-rules">
      <Flex gap={8} align="flex-start" style={{ marginBottom: 16 }}>
        <InfoCircleOutlined style={{ color: 'var(--ant-color-primary)', marginTop: 4 }} />
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>{pick(text.intro, lang)}</Typography.Text>
      </Flex>
      <Flex justify="space-between" align="center" gap={16} wrap style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder={pick(text.search, lang)} onSearch={(v) => setFilter(v.trim())} onChange={(e) => !e.target.value && setFilter('')} style={{ maxWidth: 360 }} />
        <Space>
          <Typography.Text type="secondary">{pick(text.count, lang, { n: all.length, m: all.filter((r) => r.enabled).length })}</Typography.Text>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ rule: null })} data-testid="triage-rule-add">{pick(text.add, lang)}</Button>
        </Space>
      </Flex>
      <Table rowKey="id" size="middle" columns={columns} dataSource={shown} loading={rules.loading} scroll={{ x: 1100 }} pagination={{ pageSize: 20, showSizeChanger: false }} />
      {editing && (
        <RuleForm rule={editing.rule} choices={choices.data} onClose={() => setEditing(null)}
          onSaved={() => { void message.success(pick(text.saved, lang)); setEditing(null); rules.reload(); }} />
      )}
    </Card>
  );
}
