import { Card, Col, Row, Typography } from 'antd';
import { pick, useT } from '../../../../locales';
import type { SeverityCounts } from '../stats';
import { severities, text } from '../texts';

const tones: Record<keyof SeverityCounts, { bg: string; fg: string }> = {
  high: { bg: '#fff1f0', fg: '#cf1322' },
  medium: { bg: '#fff7e6', fg: '#d46b08' },
  low: { bg: '#e6f4ff', fg: '#0958d9' },
};

/** Open alerts per severity at a glance, high first. */
export default function SeverityStrip({ counts }: { counts: SeverityCounts }) {
  const { lang } = useT();
  return (
    <Row gutter={16}>
      {(Object.keys(tones) as (keyof SeverityCounts)[]).map((severity) => (
        <Col xs={24} md={8} key={severity}>
          <Card variant="borderless" styles={{ body: { padding: '16px 20px' } }} data-testid={`alerts-${severity}`}>
            <Typography.Text type="secondary">
              {pick(severities[severity], lang)} · {pick(text.open, lang)}
            </Typography.Text>
            <div style={{ display: 'flex', alignItems: 'baseline', gap: 8, marginTop: 4 }}>
              <span
                style={{
                  fontSize: 30,
                  fontWeight: 600,
                  lineHeight: 1.2,
                  color: counts[severity] > 0 ? tones[severity].fg : 'rgba(0,0,0,0.28)',
                }}
              >
                {counts[severity]}
              </span>
              <span
                style={{ width: 8, height: 8, borderRadius: 4, background: counts[severity] > 0 ? tones[severity].fg : '#d9d9d9' }}
              />
            </div>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
