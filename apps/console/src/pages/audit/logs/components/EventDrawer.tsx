import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { AuditEventView } from '@xinglin/contracts';
import { Descriptions, Drawer, Flex, Tag, Typography } from 'antd';
import { pick, useT } from '../../../../locales';
import { roleNames } from '../../../../locales/roles';
import { formatDateTime } from '../../../../utils/format';
import { actions, actorKinds, labelOf, objectTypes, outcomes } from '../labels';
import { text } from '../texts';

/** An ID in monospace that the auditor can copy into another filter or a report. */
function Copyable({ value }: { value: string | null }) {
  if (!value) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Typography.Text copyable code style={{ fontSize: 12, wordBreak: 'break-all' }}>
      {value}
    </Typography.Text>
  );
}

/** Labelled value with the raw code beside it, so nothing is lost in translation. */
function Coded({ label, code }: { label: string; code: string | null }) {
  if (!code) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex gap={8} align="baseline" wrap>
      <span>{label}</span>
      {label !== code && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{code}</Typography.Text>}
    </Flex>
  );
}

/** Every field of one audit event, read-only. */
export default function EventDrawer({ event, onClose }: { event: AuditEventView | null; onClose: () => void }) {
  const { lang } = useT();

  return (
    <Drawer open={event !== null} onClose={onClose} size={560} title={event ? pick(text.drawerTitle, lang, { seq: event.seq }) : ''} data-testid="audit-drawer">
      {event && (
        <>
          <Descriptions
            column={1}
            bordered
            size="small"
            styles={{ label: { width: 132 } }}
            items={[
              {
                key: 'at',
                label: pick(text.time, lang),
                children: (
                  <Flex vertical>
                    <span>{formatDateTime(event.at)}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>{event.at}</Typography.Text>
                  </Flex>
                ),
              },
              {
                key: 'outcome',
                label: pick(text.outcome, lang),
                children: <Tag color={outcomes[event.outcome].color}>{pick(outcomes[event.outcome], lang)}</Tag>,
              },
              { key: 'kind', label: pick(text.actorKind, lang), children: <Coded label={labelOf(actorKinds, event.actorKind, lang)} code={event.actorKind} /> },
              { key: 'actor', label: pick(text.actorIdHint, lang), children: <Copyable value={event.actorId} /> },
              { key: 'role', label: pick(text.actorRole, lang), children: <Coded label={labelOf(roleNames, event.actorRole, lang)} code={event.actorRole} /> },
              { key: 'action', label: pick(text.action, lang), children: <Coded label={labelOf(actions, event.action, lang)} code={event.action} /> },
              { key: 'type', label: pick(text.objectType, lang), children: <Coded label={labelOf(objectTypes, event.objectType, lang)} code={event.objectType} /> },
              { key: 'object', label: pick(text.objectId, lang), children: <Copyable value={event.objectId} /> },
              { key: 'patient', label: pick(text.patientIdLabel, lang), children: <Copyable value={event.patientId} /> },
              { key: 'purpose', label: pick(text.purpose, lang), children: event.purpose ?? '—' },
              { key: 'ip', label: pick(text.ip, lang), children: event.ip ?? '—' },
              { key: 'request', label: pick(text.requestId, lang), children: <Copyable value={event.requestId} /> },
            ]}
          />
          <Flex gap={10} align="flex-start" style={{ marginTop: 20, padding: '12px 14px', background: '#f6faf9', borderRadius: 8 }}>
            <SafetyCertificateOutlined style={{ color: 'var(--ant-color-primary)', marginTop: 4 }} />
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {pick(text.appendOnly, lang)}
            </Typography.Text>
          </Flex>
        </>
      )}
    </Drawer>
  );
}
