import { App, DatePicker, Form, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { pick, useT } from '../../../locales';
import { type Doctor, type Period, addExtraSession } from './service';
import { periods, text } from './texts';

interface Values {
  doctorId: string;
  date: Dayjs;
  period: Period;
  placesPerSlot: number;
}

/** 加诊: one extra half-day clinic for a doctor of the department, open for booking at once. */
export default function ExtraSessionModal({ doctors, onClose, onDone }: { doctors: Doctor[]; onClose: () => void; onDone: () => void }) {
  const { lang } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const required = [{ required: true, message: pick(text.required, lang) }];

  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const r = await addExtraSession({ doctorId: v.doctorId, date: v.date.format('YYYY-MM-DD'), period: v.period, placesPerSlot: v.placesPerSlot });
      void message.success(pick(text.extraAdded, lang, { s: r.slots, w: r.offeredToWaitlist }));
      onDone();
    } catch {
      // request() already showed the server's message (e.g. the doctor already has that clinic)
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={pick(text.extra, lang)} okText={pick(text.extra, lang)} confirmLoading={busy} onOk={() => void submit().catch(() => undefined)} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ period: 'evening', placesPerSlot: 4, date: dayjs().add(1, 'day') }} data-testid="extra-session-form">
        <Form.Item name="doctorId" label={pick(text.doctor, lang)} rules={required}>
          <Select showSearch optionFilterProp="label" options={doctors.map((d) => ({ value: d.id, label: d.name }))} />
        </Form.Item>
        <Form.Item name="date" label={pick(text.date, lang)} rules={required}>
          <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="period" label={pick(text.period, lang)} rules={required}>
          <Select options={(Object.keys(periods) as Period[]).map((p) => ({ value: p, label: pick(periods[p], lang) }))} />
        </Form.Item>
        <Form.Item name="placesPerSlot" label={pick(text.placesPerSlot, lang)} rules={required}>
          <InputNumber min={1} max={50} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
