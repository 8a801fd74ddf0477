import { AlertOutlined, ExclamationCircleOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { pick, useT } from '../../../../locales';
import type { SeverityCounts } from '../stats';
import { severities, text } from '../texts';

const tones: Record<keyof SeverityCounts, { bg: string; fg: string; icon: ReactNode }> = {
  high: { bg: '#fff1f0', fg: '#cf1322', icon: <AlertOutlined /> },
  medium: { bg: '#fff7e6', fg: '#d46b08', icon: <ExclamationCircleOutlined /> },
  low: { bg: '#e6f4ff', fg: '#0958d9', icon: <InfoCircleOutlined /> },
};

/** Open alerts per severity at a glance, high first; a zero stays grey so real ones stand out. */
export default function SeverityStrip({ counts }: { counts: SeverityCounts }) {
  const { lang } = useT();
  return (
    <Row gutter={16}>
      {(Object.keys(tones) as (keyof SeverityCounts)[]).map((severity) => {
        const active = counts[severity] > 0;
        const tone = tones[severity];
        return (
          <Col xs={24} md={8} key={severity}>
            <Card variant="borderless" styles={{ body: { padding: '18px 22px' } }} data-testid={`alerts-${severity}`}>
              <Flex justify="space-between" align="center">
                <div>
                  <Typography.Text type="secondary">
                    {pick(severities[severity], lang)} · {pick(text.open, lang)}
                  </Typography.Text>
                  <div style={{ fontSize: 30, fontWeight: 600, lineHeight: 1.3, color: active ? tone.fg : 'rgba(0,0,0,0.25)' }}>
                    {counts[severity]}
                  </div>
                </div>
                <div
                  style={{
                    width: 48,
                    height: 48,
                    borderRadius: 12,
                    display: 'grid',
                    placeItems: 'center',
                    fontSize: 22,
                    color: active ? tone.fg : 'rgba(0,0,0,0.25)',
                    background: active ? tone.bg : '#f5f5f5',
                  }}
                >
                  {tone.icon}
                </div>
              </Flex>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
