import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { ApiOutlined, DatabaseOutlined, DashboardOutlined, DeploymentUnitOutlined, ReloadOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Flex, Typography } from 'antd';
import { useT, type MessageKey } from '../../../../locales';
import { fetchReadiness, type Health, type Readiness } from '../service';

const badge: Record<Health, { status: 'success' | 'error' | 'default'; key: MessageKey }> = {
  up: { status: 'success', key: 'dashboard.system.up' },
  down: { status: 'error', key: 'dashboard.system.down' },
  unknown: { status: 'default', key: 'dashboard.system.unknown' },
};

/** 系统状态: GET /readyz, shown as API and database up/down. */
export default function SystemStatusCard() {
  const { t, lang } = useT();
  const [state, setState] = useState<Readiness | null>(null);
  const [loading, setLoading] = useState(true);

  const check = useCallback(async () => {
    setLoading(true);
    setState(await fetchReadiness());
    setLoading(false);
  }, []);

  useEffect(() => {
    void check();
  }, [check]);

  const row = (icon: ReactNode, label: MessageKey, health: Health | undefined) => (
    <Flex justify="space-between" align="center" style={{ padding: '10px 0' }}>
      <span>
        <span style={{ marginInlineEnd: 8, color: 'rgba(0,0,0,0.45)' }}>{icon}</span>
        {t(label)}
      </span>
      {health ? <Badge status={badge[health].status} text={t(badge[health].key)} /> : <span>…</span>}
    </Flex>
  );

  return (
    <Card
      title={
        <span>
          <DashboardOutlined style={{ marginInlineEnd: 8, color: 'var(--ant-color-primary)' }} />
          {t('dashboard.system')}
        </span>
      }
      extra={
        <Button type="text" size="small" icon={<ReloadOutlined />} loading={loading} onClick={() => void check()}>
          {t('dashboard.system.refresh')}
        </Button>
      }
      variant="borderless"
      style={{ height: '100%' }}
      data-testid="system-status"
    >
      {row(<ApiOutlined />, 'dashboard.system.api', state?.api)}
      {row(<DatabaseOutlined />, 'dashboard.system.database', state?.database)}
      {row(<DeploymentUnitOutlined />, 'dashboard.system.migrations', state?.migrations)}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {state?.api === 'down'
          ? t('dashboard.system.unreachable')
          : state && t('dashboard.system.checkedAt', { time: state.checkedAt.toLocaleTimeString(lang) })}
      </Typography.Text>
    </Card>
  );
}
