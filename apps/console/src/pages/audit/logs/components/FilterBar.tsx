import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { pick, useT } from '../../../../locales';
import { actions, objectTypes, optionsOf, outcomes, type Outcome } from '../labels';
import { buildAuditQuery, type AuditFilters } from '../query';
import { text } from '../texts';

interface FormValues {
  range?: [Dayjs | null, Dayjs | null] | null;
  action?: string;
  outcome?: Outcome;
  objectType?: string;
  actorId?: string;
  patientId?: string;
}

/** Whole days: from the start of the first to the end of the last, in the auditor's time zone. */
function toFilters({ range, ...rest }: FormValues): AuditFilters {
  return {
    ...rest,
    from: range?.[0]?.startOf('day').toISOString(),
    to: range?.[1]?.endOf('day').toISOString(),
  };
}

const outcomeCodes = Object.keys(outcomes) as Outcome[];

/** The search form above the audit table. Submitting starts again at page 1. */
export default function FilterBar({ onSearch }: { onSearch: (filters: AuditFilters) => void }) {
  const { lang } = useT();
  const [form] = Form.useForm<FormValues>();
  const today = dayjs();
  const presets = [
    { label: pick(text.today, lang), value: [today, today] as [Dayjs, Dayjs] },
    { label: pick(text.last7, lang), value: [today.subtract(6, 'day'), today] as [Dayjs, Dayjs] },
    { label: pick(text.last30, lang), value: [today.subtract(29, 'day'), today] as [Dayjs, Dayjs] },
  ];
  // The contract's own UUID check, so a typo is caught here with the server's wording.
  const checkPatientId = (_: unknown, value?: string) => {
    const result = buildAuditQuery({ patientId: value }, 1, 1, lang);
    return result.ok ? Promise.resolve() : Promise.reject(new Error(result.message));
  };
  const filterOption = (input: string, option?: { value: string; label: string }) =>
    !!option && `${option.value} ${option.label}`.toLowerCase().includes(input.trim().toLowerCase());

  return (
    <Form<FormValues>
      form={form}
      labelCol={{ flex: lang === 'en-US' ? '96px' : '76px' }}
      labelAlign="left"
      onFinish={(values) => onSearch(toFilters(values))}
      data-testid="audit-filters"
    >
      <Row gutter={[24, 0]}>
        <Col xs={24} lg={12} xxl={8}>
          <Form.Item name="range" label={pick(text.range, lang)}>
            <DatePicker.RangePicker presets={presets} allowEmpty={[true, true]} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12} xxl={8}>
          <Form.Item name="action" label={pick(text.action, lang)}>
            <AutoComplete options={optionsOf(actions, lang)} filterOption={filterOption} allowClear placeholder={pick(text.anyAction, lang)} />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12} xxl={8}>
          <Form.Item name="outcome" label={pick(text.outcome, lang)}>
            <Select
              allowClear
              placeholder={pick(text.anyOutcome, lang)}
              options={outcomeCodes.map((code) => ({ value: code, label: pick(outcomes[code], lang) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12} xxl={8}>
          <Form.Item name="objectType" label={pick(text.objectType, lang)}>
            <AutoComplete options={optionsOf(objectTypes, lang)} filterOption={filterOption} allowClear placeholder={pick(text.anyObject, lang)} />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12} xxl={8}>
          <Form.Item name="actorId" label={pick(text.actorId, lang)}>
            <Input allowClear placeholder={pick(text.actorIdHint, lang)} />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12} xxl={8}>
          <Form.Item name="patientId" label={pick(text.patientId, lang)} rules={[{ validator: checkPatientId }]}>
            <Input allowClear placeholder={pick(text.patientIdHint, lang)} />
          </Form.Item>
        </Col>
      </Row>
      <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
        <Button
          icon={<ReloadOutlined />}
          onClick={() => {
            form.resetFields();
            onSearch({});
          }}
        >
          {pick(text.reset, lang)}
        </Button>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="audit-search">
          {pick(text.search, lang)}
        </Button>
      </Space>
    </Form>
  );
}
