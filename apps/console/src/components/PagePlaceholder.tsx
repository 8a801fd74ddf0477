import { type ReactNode } from 'react';
import { CheckCircleOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { pick, useT, type Bilingual } from '../locales';
import { brand } from '../theme';

export interface PagePlaceholderProps {
  icon: ReactNode;
  /** What this page is for, in one sentence. */
  summary: Bilingual;
  /** What will live here once the feature ships. */
  features: Bilingual[];
}

/** A clean "coming soon" page that says what will live here; later issues replace it. */
export default function PagePlaceholder({ icon, summary, features }: PagePlaceholderProps) {
  const { t, lang } = useT();
  const navigate = useNavigate();
  return (
    <Card variant="borderless" data-testid="page-placeholder">
      <Flex gap={32} align="flex-start" wrap style={{ padding: '24px 8px' }}>
        <div
          style={{
            width: 88,
            height: 88,
            borderRadius: 20,
            display: 'grid',
            placeItems: 'center',
            fontSize: 40,
            color: brand.primary,
            background: 'linear-gradient(135deg, #e6f4f1 0%, #d3ece7 100%)',
            flex: 'none',
          }}
        >
          {icon}
        </div>
        <div style={{ flex: 1, minWidth: 280 }}>
          <Tag color="gold">{t('placeholder.tag')}</Tag>
          <Typography.Title level={4} style={{ marginTop: 12 }}>
            {t('placeholder.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ fontSize: 15 }}>
            {pick(summary, lang)}
          </Typography.Paragraph>
          <Flex vertical gap={10} style={{ margin: '20px 0 28px' }}>
            {features.map((feature) => (
              <Flex key={feature.en} gap={10} align="baseline">
                <CheckCircleOutlined style={{ color: brand.primary }} />
                <Typography.Text>{pick(feature, lang)}</Typography.Text>
              </Flex>
            ))}
          </Flex>
          <Button onClick={() => void navigate('/')}>{t('placeholder.back')}</Button>
        </div>
      </Flex>
    </Card>
  );
}
