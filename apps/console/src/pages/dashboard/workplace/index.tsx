import { CalendarOutlined, CustomerServiceOutlined } from '@ant-design/icons';
import { Col, Row } from 'antd';
import { useAccess } from '../../../hooks/useAccess';
import { useT } from '../../../locales';
import { useSession } from '../../../services/session';
import EmptyStateCard from './components/EmptyStateCard';
import Greeting from './components/Greeting';
import ShortcutsCard from './components/ShortcutsCard';
import SystemStatusCard from './components/SystemStatusCard';

/** /console/: greeting, today's cards (each shown only to roles it concerns), and shortcuts. */
export default function DashboardPage() {
  const { t } = useT();
  const account = useSession()?.account;
  const access = useAccess();
  if (!account) return null;

  return (
    <div data-testid="dashboard">
      <Greeting account={account} />
      <Row gutter={[20, 20]} style={{ marginBottom: 20 }}>
        {access.canViewClinicSummary && (
          <Col xs={24} md={12} xl={8}>
            <EmptyStateCard
              testId="card-clinic-today"
              title={t('dashboard.clinicToday')}
              icon={<CalendarOutlined />}
              empty={t('dashboard.clinicToday.empty')}
              hint={t('dashboard.clinicToday.hint')}
            />
          </Col>
        )}
        {access.canManageHospital && (
          <Col xs={24} md={12} xl={8}>
            <EmptyStateCard
              testId="card-tickets"
              title={t('dashboard.tickets')}
              icon={<CustomerServiceOutlined />}
              empty={t('dashboard.tickets.empty')}
              hint={t('dashboard.tickets.hint')}
            />
          </Col>
        )}
        <Col xs={24} md={12} xl={8}>
          <SystemStatusCard />
        </Col>
      </Row>
      <ShortcutsCard />
    </div>
  );
}
