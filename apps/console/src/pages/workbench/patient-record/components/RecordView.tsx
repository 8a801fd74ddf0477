import type { ReactNode } from 'react';
import { WarningFilled } from '@ant-design/icons';
import { Card, Col, Descriptions, Flex, Row, Tag, Typography } from 'antd';
import { pick, useT } from '../../../../locales';
import { formatDateTime } from '../../../../utils/format';
import { bmiOf } from '../bmi';
import type { HealthRecord } from '../service';
import { bloodTypes, text } from '../texts';

function Missing() {
  const { lang } = useT();
  return <Typography.Text type="secondary">{pick(text.notRecorded, lang)}</Typography.Text>;
}

function TagList({ items, color }: { items: string[]; color: string }) {
  if (items.length === 0) return <Missing />;
  return (
    <Flex gap={8} wrap>
      {items.map((item) => (
        <Tag key={item} color={color} style={{ fontSize: 14, padding: '2px 10px', marginInlineEnd: 0 }}>
          {item}
        </Tag>
      ))}
    </Flex>
  );
}

function Prose({ value }: { value: string }) {
  if (!value.trim()) return <Missing />;
  return <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{value}</Typography.Paragraph>;
}

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Card variant="borderless" title={title} size="small" style={{ height: '100%' }} styles={{ body: { padding: '16px 20px' } }} data-testid={testId}>
      {children}
    </Card>
  );
}

/**
 * The record, read-only. Allergies come first and in red: they are what a prescriber must not
 * miss. The address is in the record but left out here (not needed for care: data minimisation).
 */
export default function RecordView({ record, age }: { record: HealthRecord; age: number | null }) {
  const { lang } = useT();
  const bmi = bmiOf(record.heightCm, record.weightKg, age);
  const none = <Missing />;

  return (
    <Flex vertical gap={16}>
      <Card
        variant="borderless"
        styles={{ body: { padding: '16px 20px' } }}
        style={{ borderInlineStart: `4px solid ${record.allergies.length > 0 ? '#cf1322' : '#d9d9d9'}` }}
        data-testid="record-allergies"
      >
        <Flex gap={16} align="center" wrap>
          <Typography.Text strong style={{ color: record.allergies.length > 0 ? '#cf1322' : undefined, fontSize: 15 }}>
            <WarningFilled /> {pick(text.allergies, lang)}
          </Typography.Text>
          {record.allergies.length > 0 ? (
            <TagList items={record.allergies} color="red" />
          ) : (
            <Typography.Text type="secondary">{pick(text.noAllergies, lang)}</Typography.Text>
          )}
        </Flex>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Section title={pick(text.vitals, lang)}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'h', label: pick(text.height, lang), children: record.heightCm ? `${record.heightCm} cm` : none },
                { key: 'w', label: pick(text.weight, lang), children: record.weightKg ? `${record.weightKg} kg` : none },
                {
                  key: 'bmi',
                  label: pick(text.bmi, lang),
                  children: bmi ? (
                    <Flex gap={6} align="center">
                      {bmi.value.toFixed(1)}
                      {bmi.category && <Tag color={bmi.category.color} bordered={false}>{pick(bmi.category, lang)}</Tag>}
                    </Flex>
                  ) : (
                    none
                  ),
                },
                { key: 'blood', label: pick(text.bloodType, lang), children: pick(bloodTypes[record.bloodType], lang) },
              ]}
            />
          </Section>
        </Col>
        <Col xs={24} lg={8}>
          <Section title={pick(text.chronic, lang)}>
            <TagList items={record.chronicConditions} color="orange" />
          </Section>
        </Col>
        <Col xs={24} lg={8}>
          <Section title={pick(text.medications, lang)}>
            <TagList items={record.medications} color="geekblue" />
          </Section>
        </Col>
        <Col xs={24} lg={12}>
          <Section title={pick(text.pastHistory, lang)}>
            <Prose value={record.pastHistory} />
          </Section>
        </Col>
        <Col xs={24} lg={12}>
          <Section title={pick(text.familyHistory, lang)}>
            <Prose value={record.familyHistory} />
          </Section>
        </Col>
      </Row>
      <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'right' }}>
        {record.updatedAt
          ? pick(text.version, lang, { v: record.version, at: formatDateTime(record.updatedAt) })
          : pick(text.neverUpdated, lang)}
      </Typography.Text>
    </Flex>
  );
}
