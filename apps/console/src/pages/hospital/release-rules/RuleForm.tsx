import { App, Form, Input, InputNumber, Modal, Switch } from 'antd';
import { useState } from 'react';
import { pick, useT } from '../../../locales';
import type { RuleRow } from './model';
import { saveRule } from './service';
import { text } from './texts';

interface Values {
  daysAhead: number;
  releaseTime: string;
  sameDay: boolean;
}

/** Edits one scope's rule; a department saved here gets its own rule from then on. */
export default function RuleForm({ row, onClose, onSaved }: { row: RuleRow; onClose: () => void; onSaved: () => void }) {
  const { lang } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const r = await saveRule({ departmentId: row.departmentId, ...v });
      void message.success(pick(text.saved, lang, { n: r.retimed }));
      onSaved();
    } catch {
      // request() showed the server's message
    } finally {
      setBusy(false);
    }
  };
  const { daysAhead, releaseTime, sameDay } = row.effective;
  return (
    <Modal open title={pick(text.editTitle, lang, { name: row.name })} confirmLoading={busy} onCancel={onClose}
      onOk={() => void submit().catch(() => undefined)} destroyOnHidden data-testid="release-rule-form">
      <Form form={form} layout="vertical" initialValues={{ daysAhead, releaseTime, sameDay }}>
        <Form.Item name="daysAhead" label={pick(text.daysAhead, lang)} rules={[{ required: true }]}>
          <InputNumber min={0} max={30} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="releaseTime" label={pick(text.releaseTime, lang)}
          rules={[{ required: true, pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: pick(text.timeFormat, lang) }]}>
          <Input placeholder="08:00" maxLength={5} />
        </Form.Item>
        <Form.Item name="sameDay" label={pick(text.sameDay, lang)} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
