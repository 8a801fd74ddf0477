import { useEffect, useState } from 'react';
import { InfoCircleOutlined, ReloadOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Typography } from 'antd';
import { useAccess } from '../../../hooks/useAccess';
import { useRemote } from '../../../hooks/useRemote';
import { pick, useT } from '../../../locales';
import { getFeedback } from '../../../services/feedback';
import CheckInCodes from './components/CheckInCodes';
import SessionQueueCard from './components/SessionQueueCard';
import { REFRESH_MS } from './queue-model';
import { fetchTodayQueues, queueAction, type QueueAction } from './service';
import { text } from './texts';

/**
 * 候诊队列: the doctor's sessions today with call next / done / no-show / recall, refreshed every 15 s while
 * the tab is visible; administrators (also routed here from 医院管理) get the departments' check-in codes.
 */
export default function QueuePage() {
  const access = useAccess();
  return (
    <Flex vertical gap={16}>
      {access.canUseDoctorWorkbench && <DoctorQueue />}
      {access.canManageHospital && <CheckInCodes />}
    </Flex>
  );
}

function DoctorQueue() {
  const { lang } = useT();
  const today = useRemote((signal) => fetchTodayQueues(signal), []);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') today.reload();
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [today.reload]);

  const act = async (action: QueueAction, id: string) => {
    setBusy(`${action}:${id}`);
    try {
      const result = await queueAction(action, id);
      if (action === 'call-next') {
        const called = result.queue.entries.find((e) => e.bookingId === result.calledBookingId);
        if (called) getFeedback()?.message.success(pick(text.called, lang, { n: called.visitNo }));
        else getFeedback()?.message.info(pick(text.nobodyWaiting, lang));
      }
      today.reload();
    } catch {
      // request() already showed the server's message (e.g. 该患者不在就诊中); the list may be stale.
      today.reload();
    } finally {
      setBusy(null);
    }
  };

  const data = today.data;
  return (
    <Flex vertical gap={16} data-testid="doctor-queue">
      <Card variant="borderless">
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Flex vertical gap={4}>
            <Typography.Title level={5} style={{ margin: 0 }}>{data ? pick(text.today, lang, { date: data.date }) : '…'}</Typography.Title>
            <Typography.Text type="secondary">
              {data ? `${pick(text.avg, lang, { m: data.averageConsultMinutes })} · ` : ''}
              {pick(text.autoRefresh, lang)}
            </Typography.Text>
          </Flex>
          <Button icon={<ReloadOutlined />} loading={today.loading && !!data} onClick={today.reload}>
            {pick(text.refresh, lang)}
          </Button>
        </Flex>
        <Flex gap={8} align="flex-start" style={{ marginTop: 12 }}>
          <InfoCircleOutlined style={{ color: 'var(--ant-color-primary)', marginTop: 4 }} />
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>{pick(text.privacy, lang)}</Typography.Text>
        </Flex>
      </Card>
      {data && data.items.length === 0 && (
        <Card variant="borderless">
          <Empty
            image={<UnorderedListOutlined style={{ fontSize: 48, color: 'var(--ant-color-primary)' }} />}
            styles={{ image: { height: 56 } }}
            description={<Flex vertical gap={4}><Typography.Text>{pick(text.noSessions, lang)}</Typography.Text><Typography.Text type="secondary" style={{ fontSize: 12 }}>{pick(text.noSessionsHint, lang)}</Typography.Text></Flex>}
          />
        </Card>
      )}
      {data?.items.map((s) => <SessionQueueCard key={s.sessionId} session={s} busy={busy} onAction={(a, id) => void act(a, id)} />)}
    </Flex>
  );
}
