import { Alert, App, DatePicker, Form, InputNumber, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { pick, useT } from '../../../locales';
import { errorText, toRequestError } from '../../../services/api-error';
import type { DayCell } from './model';
import type { CapacitySet } from './service';
import { text } from './texts';

interface Values {
  date: Dayjs;
  capacity: number;
}

/** Sets one day's places; a refusal (below booked, a past date…) is the server's own words, shown in the form. */
export default function CapacityModal({ name, date, current, help, onSubmit, onClose, onSaved }: {
  name: string;
  date: string;
  /** The day's places as the grid knows them, null when the day is not open, undefined when the grid cannot tell. */
  current: DayCell | null | undefined;
  help?: string;
  onSubmit: (date: string, capacity: number) => Promise<CapacitySet>;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { lang } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [chosen, setChosen] = useState(date);
  // The grid's numbers only describe the date it was opened on.
  const known = chosen === date ? current : null;

  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    setRefusal(null);
    try {
      const r = await onSubmit(v.date.format('YYYY-MM-DD'), v.capacity);
      void message.success(pick(text.saved, lang, { date: r.date, c: r.capacity, b: r.booked }));
      onSaved();
    } catch (failure) {
      setRefusal(errorText(toRequestError(failure).info, lang));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={pick(text.setTitle, lang, { name })} confirmLoading={busy} onOk={() => void submit().catch(() => undefined)} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" data-testid="capacity-form" initialValues={{ date: dayjs(date), capacity: current?.capacity ?? 0 }}
        onValuesChange={(changed: Partial<Values>) => changed.date && setChosen(changed.date.format('YYYY-MM-DD'))}>
        <Form.Item name="date" label={pick(text.date, lang)} rules={[{ required: true, message: pick(text.required, lang) }]}>
          <DatePicker allowClear={false} disabledDate={(d) => d.isBefore(dayjs(), 'day') || d.isAfter(dayjs().add(366, 'day'))} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="capacity" label={pick(text.capacity, lang)} extra={help}
          rules={[{ required: true, message: pick(text.required, lang) }, { type: 'integer', min: 0, max: 10_000, message: pick(text.capacityRange, lang) }]}>
          <InputNumber min={0} max={10_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
      {current === undefined ? null : (
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }} data-testid="capacity-booked">
          {known ? pick(text.bookedNow, lang, { b: known.booked }) : pick(text.notOpen, lang)}
        </Typography.Paragraph>
      )}
      {refusal ? <Alert type="error" showIcon title={pick(text.saveFailed, lang)} description={refusal} data-testid="capacity-refusal" /> : null}
    </Modal>
  );
}
