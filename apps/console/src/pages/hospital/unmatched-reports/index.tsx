import { Button, Card, Flex, Form, Input, Modal, Segmented, Table, Tag, Typography, message } from 'antd';
import { useState } from 'react';
import { useRemote } from '../../../hooks/useRemote';
import { pick, useT } from '../../../locales';
import { fetchUnmatched, matchUnmatched, type MatchBy, type UnmatchedResult } from './service';
import { text } from './texts';

/** 待匹配结果 (admin): results the server could not match to a patient, and matching them by hand. */
export default function UnmatchedReportsPage() {
  const { lang } = useT();
  const list = useRemote((signal) => fetchUnmatched(signal), []);
  const [target, setTarget] = useState<UnmatchedResult | null>(null);
  const [by, setBy] = useState<MatchBy>('cardNo');
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ value: string }>();

  const submit = async ({ value }: { value: string }) => {
    if (!target) return;
    setBusy(true);
    try {
      const result = await matchUnmatched(target.id, by, value);
      void message.success(pick(text.done, lang, { n: result.reportIds.length }));
      setTarget(null);
      form.resetFields();
      list.reload();
    } catch {
      // the request layer has shown the server's message (wrong number, already matched…)
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card variant="borderless" data-testid="unmatched-reports">
      <Typography.Paragraph type="secondary">{pick(text.intro, lang)}</Typography.Paragraph>
      <Table<UnmatchedResult> rowKey="id" loading={list.loading} dataSource={list.data ?? []} locale={{ emptyText: pick(text.empty, lang) }} pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { key: 'at', title: pick(text.received, lang), width: 160, render: (_, u) => u.receivedAt.replace('T', ' ').slice(0, 16) },
          { key: 'src', title: pick(text.source, lang), width: 130, render: (_, u) => `${u.source} · ${u.sendingFacility || '—'}` },
          { key: 'who', title: pick(text.sender, lang), render: (_, u) => (
            <Flex vertical>
              <Typography.Text strong>{u.patient.name ?? '—'}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{[u.patient.sex, u.patient.birthDate].filter(Boolean).join(' · ')}</Typography.Text>
              {u.patient.identifiers.map((i, n) => <Typography.Text key={n} style={{ fontSize: 12, fontFamily: 'ui-monospace, Menlo, monospace' }}>{i.type ?? '?'} {i.valueMasked}</Typography.Text>)}
            </Flex>
          ) },
          { key: 'reports', title: pick(text.reports, lang), render: (_, u) => u.reports.map((r) => <Tag key={r.id}>{r.name}</Tag>) },
          { key: 'reason', title: pick(text.reason, lang), width: 140, render: (_, u) => <Tag color="warning">{pick(text.reasons[u.reason] ?? { zh: u.reason, en: u.reason }, lang)}</Tag> },
          { key: 'act', title: '', width: 120, render: (_, u) => <Button type="primary" size="small" data-testid="unmatched-match" onClick={() => setTarget(u)}>{pick(text.match, lang)}</Button> },
        ]} />
      <Modal open={target !== null} title={pick(text.matchTitle, lang)} onCancel={() => setTarget(null)} okText={pick(text.confirm, lang)} cancelText={pick(text.cancel, lang)}
        confirmLoading={busy} onOk={() => form.submit()} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
          <Form.Item label={pick(text.by, lang)}>
            <Segmented<MatchBy> value={by} onChange={setBy} options={[{ value: 'cardNo', label: pick(text.cardNo, lang) }, { value: 'idNumber', label: pick(text.idNumber, lang) }, { value: 'patientId', label: pick(text.patientId, lang) }]} />
          </Form.Item>
          <Form.Item name="value" label={pick(text.value, lang)} rules={[{ required: true, whitespace: true, message: pick(text.required, lang) }]}>
            <Input maxLength={36} autoComplete="off" data-testid="unmatched-match-value" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
