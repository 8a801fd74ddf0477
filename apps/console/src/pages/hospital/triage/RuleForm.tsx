import { useState } from 'react';
import { Col, Form, Input, InputNumber, Modal, Row, Select, Switch } from 'antd';
import { pick, useT } from '../../../locales';
import { type Choices, type TriageRuleInput, type TriageRuleView, createRule, toInput, updateRule } from './service';
import { pregnancies, sexes, text } from './texts';

interface Props {
  /** null: a new rule. */
  rule: TriageRuleView | null;
  choices: Choices | undefined;
  onClose: () => void;
  onSaved: (rule: TriageRuleView) => void;
}

const EMPTY: Partial<TriageRuleInput> = { keywords: [], weight: 20, pregnancy: 'any', emergency: false, enabled: true };

/** Add or edit one rule. The server checks it again (department exists, ages in order) and audits the save. */
export default function RuleForm({ rule, choices, onClose, onSaved }: Props) {
  const { lang } = useT();
  const [form] = Form.useForm<TriageRuleInput>();
  const [saving, setSaving] = useState(false);
  const required = [{ required: true, message: pick(text.required, lang) }];

  const save = async () => {
    const values = await form.validateFields();
    const input: TriageRuleInput = { ...values, bodyPart: values.bodyPart ?? null, sex: values.sex ?? null, minAge: values.minAge ?? null, maxAge: values.maxAge ?? null };
    setSaving(true);
    try {
      onSaved(rule ? await updateRule(rule.id, input) : await createRule(input));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open width={720} title={rule ? `${pick(text.edit, lang)} · ${rule.symptom}` : pick(text.add, lang)}
      onCancel={onClose} onOk={() => void save().catch(() => undefined)} confirmLoading={saving} data-testid="triage-rule-form">
      <Form form={form} layout="vertical" initialValues={rule ? toInput(rule) : EMPTY} requiredMark={false}>
        <Row gutter={16}>
          <Col span={12}><Form.Item name="symptom" label={pick(text.symptom, lang)} rules={required}><Input maxLength={32} /></Form.Item></Col>
          <Col span={12}><Form.Item name="symptomEn" label={pick(text.symptomEn, lang)} rules={required}><Input maxLength={64} /></Form.Item></Col>
        </Row>
        <Form.Item name="keywords" label={pick(text.keywords, lang)} extra={pick(text.keywordsHelp, lang)}>
          <Select mode="tags" tokenSeparators={[',', '，', '|']} open={false} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="bodyPart" label={pick(text.bodyPart, lang)}>
              <Select allowClear placeholder={pick(text.any, lang)} options={choices?.bodyParts.map((b) => ({ value: b.code, label: pick(b, lang) }))} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="departmentCode" label={pick(text.department, lang)} rules={required}>
              <Select showSearch optionFilterProp="label"
                options={choices?.departments.map((d) => ({ value: d.code, label: lang === 'en-US' ? d.nameEn : d.name }))} />
            </Form.Item>
          </Col>
          <Col span={6}><Form.Item name="weight" label={pick(text.weight, lang)} rules={required}><InputNumber min={1} max={100} style={{ width: '100%' }} /></Form.Item></Col>
        </Row>
        <Row gutter={16}>
          <Col span={6}><Form.Item name="minAge" label={pick(text.minAge, lang)}><InputNumber min={0} max={130} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={6}><Form.Item name="maxAge" label={pick(text.maxAge, lang)}><InputNumber min={0} max={130} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={6}>
            <Form.Item name="sex" label={pick(text.sex, lang)}>
              <Select allowClear placeholder={pick(text.any, lang)} options={(['male', 'female'] as const).map((s) => ({ value: s, label: pick(sexes[s], lang) }))} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="pregnancy" label={pick(text.pregnancy, lang)}>
              <Select options={(['any', 'pregnant', 'not_pregnant'] as const).map((p) => ({ value: p, label: pick(pregnancies[p], lang) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="reasonZh" label={pick(text.reasonZh, lang)} rules={required}><Input.TextArea maxLength={200} autoSize /></Form.Item>
        <Form.Item name="reasonEn" label={pick(text.reasonEn, lang)} rules={required}><Input.TextArea maxLength={300} autoSize /></Form.Item>
        <Row gutter={16}>
          <Col span={12}><Form.Item name="emergency" label={pick(text.emergency, lang)} valuePropName="checked"><Switch /></Form.Item></Col>
          <Col span={12}><Form.Item name="enabled" label={pick(text.enabled, lang)} valuePropName="checked"><Switch /></Form.Item></Col>
        </Row>
      </Form>
    </Modal>
  );
}
