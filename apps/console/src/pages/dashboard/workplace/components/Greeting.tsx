import type { Account } from '@xinglin/contracts';
import { Flex, Tag, Typography } from 'antd';
import { staffRolesOf } from '../../../../access';
import { pick, useT, type MessageKey } from '../../../../locales';
import { roleNames } from '../../../../locales/roles';
import { brand } from '../../../../theme';

function greetingKey(hour: number): MessageKey {
  if (hour < 12) return 'dashboard.morning';
  if (hour < 18) return 'dashboard.afternoon';
  return 'dashboard.evening';
}

/** "下午好，王医生" with the roles and today's date. */
export default function Greeting({ account }: { account: Account }) {
  const { t, lang } = useT();
  const now = new Date();
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'full' }).format(now);
  return (
    <div
      data-testid="greeting"
      style={{
        borderRadius: 12,
        padding: '28px 32px',
        marginBottom: 20,
        color: '#fff',
        background: `radial-gradient(circle at 92% 20%, rgba(244,184,96,0.28) 0, transparent 30%),
          linear-gradient(120deg, ${brand.primary} 0%, ${brand.primaryDark} 100%)`,
      }}
    >
      <Typography.Title level={3} style={{ color: '#fff', margin: 0 }}>
        {t('dashboard.greeting', { greeting: t(greetingKey(now.getHours())), name: account.displayName })}
      </Typography.Title>
      <Flex gap={12} align="center" wrap style={{ marginTop: 12 }}>
        {staffRolesOf(account).map((role) => (
          <Tag key={role} variant="filled" style={{ background: 'rgba(255,255,255,0.18)', color: '#fff' }}>
            {pick(roleNames[role], lang)}
          </Tag>
        ))}
        <span style={{ opacity: 0.85 }}>
          {t('app.hospital')} · {t('dashboard.today', { date })}
        </span>
      </Flex>
    </div>
  );
}
