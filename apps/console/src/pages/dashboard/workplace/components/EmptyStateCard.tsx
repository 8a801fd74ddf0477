import type { ReactNode } from 'react';
import { Card, Empty, Typography } from 'antd';

interface EmptyStateCardProps {
  title: string;
  icon: ReactNode;
  empty: string;
  hint: string;
  testId: string;
}

/** A dashboard card with nothing to show yet, saying honestly why. */
export default function EmptyStateCard({ title, icon, empty, hint, testId }: EmptyStateCardProps) {
  return (
    <Card
      title={
        <span>
          <span style={{ marginInlineEnd: 8, color: 'var(--ant-color-primary)' }}>{icon}</span>
          {title}
        </span>
      }
      variant="borderless"
      style={{ height: '100%' }}
      data-testid={testId}
    >
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={
          <>
            <Typography.Text>{empty}</Typography.Text>
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {hint}
            </Typography.Text>
          </>
        }
      />
    </Card>
  );
}
