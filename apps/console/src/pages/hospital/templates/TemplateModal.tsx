import { Alert, App, Form, InputNumber, Modal, Select, Switch } from 'antd';
import { useState } from 'react';
import { pick, useT } from '../../../locales';
import { errorText, toRequestError } from '../../../services/api-error';
import { type Level, fenToYuan, yuanToFen } from './model';
import { type ScheduleTemplate, saveTemplate } from './service';
import { levels, periods, text, weekdays } from './texts';

interface Values {
  level: Level;
  feeYuan: number;
  placesPerSlot: number;
  active: boolean;
}

/** Edits one weekday × period of a doctor's week; the server's refusal is shown in the form, in the UI language. */
export default function TemplateModal({ doctor, draft, onClose, onSaved }: {
  doctor: { id: string; name: string };
  draft: ScheduleTemplate;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { lang } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    setRefusal(null);
    try {
      const r = await saveTemplate(doctor.id, { weekday: draft.weekday, period: draft.period, level: v.level, feeFen: yuanToFen(v.feeYuan), placesPerSlot: v.placesPerSlot, active: v.active });
      void message.success(r.sessionsCreated > 0 ? pick(text.saved, lang, { n: r.sessionsCreated }) : pick(text.savedNone, lang));
      onSaved();
    } catch (failure) {
      setRefusal(errorText(toRequestError(failure).info, lang));
    } finally {
      setBusy(false);
    }
  };

  const title = pick(text.editTitle, lang, { doctor: doctor.name, weekday: pick(weekdays[draft.weekday]!, lang), period: pick(periods[draft.period], lang) });
  return (
    <Modal open title={title} confirmLoading={busy} onOk={() => void submit().catch(() => undefined)} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" data-testid="template-form"
        initialValues={{ level: draft.level, feeYuan: fenToYuan(draft.feeFen), placesPerSlot: draft.placesPerSlot, active: draft.active }}>
        <Form.Item name="level" label={pick(text.level, lang)} rules={[{ required: true, message: pick(text.required, lang) }]}>
          <Select options={(Object.keys(levels) as Level[]).map((l) => ({ value: l, label: pick(levels[l].label, lang) }))} />
        </Form.Item>
        <Form.Item name="feeYuan" label={pick(text.fee, lang)}
          rules={[{ required: true, message: pick(text.required, lang) }, { type: 'number', min: 0, max: 10_000, message: pick(text.feeRange, lang) }]}>
          <InputNumber min={0} max={10_000} precision={2} step={1} prefix="¥" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="placesPerSlot" label={pick(text.placesPerSlot, lang)}
          rules={[{ required: true, message: pick(text.required, lang) }, { type: 'integer', min: 1, max: 50, message: pick(text.placesRange, lang) }]}>
          <InputNumber min={1} max={50} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="active" label={pick(text.active, lang)} valuePropName="checked" extra={pick(text.activeHelp, lang)}>
          <Switch />
        </Form.Item>
      </Form>
      {refusal ? <Alert type="error" showIcon title={pick(text.saveFailed, lang)} description={refusal} data-testid="template-refusal" /> : null}
    </Modal>
  );
}
