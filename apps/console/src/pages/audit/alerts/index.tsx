import { useState } from 'react';
import { ReloadOutlined, SafetyOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Space, Switch, Typography } from 'antd';
import { useRemote } from '../../../hooks/useRemote';
import { pick, useT } from '../../../locales';
import AlertTable from './components/AlertTable';
import SeverityStrip from './components/SeverityStrip';
import { acknowledgeAlert, fetchAlerts, type SecurityAlert } from './service';
import { openBySeverity } from './stats';
import { text } from './texts';

/** 安全告警 (auditor only): what the detectors raised, and the auditor's acknowledgement. */
export default function SecurityAlertsPage() {
  const { lang } = useT();
  const { message } = App.useApp();
  const [showAcknowledged, setShowAcknowledged] = useState(false);
  const [busyId, setBusyId] = useState<string | null>(null);
  const alerts = useRemote((signal) => fetchAlerts(showAcknowledged, signal), [showAcknowledged]);
  const list = alerts.data ?? [];
  const counts = openBySeverity(list);
  const openCount = counts.high + counts.medium + counts.low;

  const acknowledge = async (alert: SecurityAlert) => {
    setBusyId(alert.id);
    try {
      await acknowledgeAlert(alert.id);
      void message.success(pick(text.done, lang));
      alerts.reload();
    } catch {
      // shown by the global handler (a 404 means someone else acknowledged it first)
      alerts.reload();
    } finally {
      setBusyId(null);
    }
  };

  const empty = (
    <Empty
      image={<SafetyOutlined style={{ fontSize: 48, color: 'var(--ant-color-primary)' }} />}
      styles={{ image: { height: 56 } }}
      description={
        <Flex vertical gap={4}>
          <Typography.Text>{pick(showAcknowledged ? text.emptyAll : text.emptyOpen, lang)}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {pick(text.emptyHint, lang)}
          </Typography.Text>
        </Flex>
      }
    />
  );

  return (
    <Flex vertical gap={16} data-testid="security-alerts">
      <SeverityStrip counts={counts} />
      <Card
        variant="borderless"
        title={
          <Space size={12}>
            <span>{pick(showAcknowledged ? text.all : text.open, lang)}</span>
            <Typography.Text type="secondary" style={{ fontWeight: 400, fontSize: 13 }}>
              {pick(text.openCount, lang, { n: openCount })}
            </Typography.Text>
          </Space>
        }
        extra={
          <Space size={16}>
            <label style={{ display: 'inline-flex', alignItems: 'center', gap: 8, cursor: 'pointer' }}>
              <Switch size="small" checked={showAcknowledged} onChange={setShowAcknowledged} data-testid="alerts-show-acknowledged" />
              <Typography.Text>{pick(text.showAcknowledged, lang)}</Typography.Text>
            </label>
            <Button icon={<ReloadOutlined />} onClick={alerts.reload} loading={alerts.loading && alerts.data !== undefined}>
              {pick(text.refresh, lang)}
            </Button>
          </Space>
        }
      >
        <AlertTable alerts={list} loading={alerts.loading} emptyText={empty} busyId={busyId} onAcknowledge={(a) => void acknowledge(a)} />
      </Card>
    </Flex>
  );
}
