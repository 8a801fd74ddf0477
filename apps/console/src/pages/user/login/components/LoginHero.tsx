import { CheckCircleFilled } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import Logo from '../../../../components/Logo';
import { useT, type MessageKey } from '../../../../locales';
import { brand } from '../../../../theme';

const points: MessageKey[] = ['login.hero.point1', 'login.hero.point2', 'login.hero.point3'];

/** The brand panel beside the login form (wide screens only). */
export default function LoginHero() {
  const { t } = useT();
  return (
    <Flex
      vertical
      justify="space-between"
      style={{
        width: '44%',
        maxWidth: 640,
        padding: '48px 56px',
        color: '#fff',
        position: 'relative',
        overflow: 'hidden',
        background: `radial-gradient(circle at 85% 15%, rgba(244,184,96,0.22) 0, transparent 38%),
          radial-gradient(circle at 10% 90%, rgba(255,255,255,0.08) 0, transparent 40%),
          linear-gradient(150deg, ${brand.primary} 0%, ${brand.primaryDark} 45%, ${brand.siderBg} 100%)`,
      }}
    >
      <Flex align="center" gap={14}>
        <Logo size={44} />
        <div>
          <div style={{ fontSize: 22, fontWeight: 600, letterSpacing: 2 }}>{t('app.name')}</div>
          <div style={{ opacity: 0.75, fontSize: 13 }}>{t('app.hospital')}</div>
        </div>
      </Flex>

      <div style={{ maxWidth: 460 }}>
        <Typography.Title level={1} style={{ color: '#fff', fontSize: 36, marginBottom: 16 }}>
          {t('login.hero.title')}
        </Typography.Title>
        <Typography.Paragraph style={{ color: 'rgba(255,255,255,0.82)', fontSize: 16, lineHeight: 1.8 }}>
          {t('login.hero.subtitle')}
        </Typography.Paragraph>
        <Flex vertical gap={14} style={{ marginTop: 32 }}>
          {points.map((key) => (
            <Flex key={key} gap={12} align="baseline" style={{ fontSize: 15 }}>
              <CheckCircleFilled style={{ color: brand.apricot }} />
              <span style={{ color: 'rgba(255,255,255,0.9)' }}>{t(key)}</span>
            </Flex>
          ))}
        </Flex>
      </div>

      <div style={{ fontSize: 12, opacity: 0.6 }}>© {new Date().getFullYear()} {t('app.footer')}</div>
    </Flex>
  );
}
