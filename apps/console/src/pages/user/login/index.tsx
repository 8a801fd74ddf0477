import { Flex, Grid } from 'antd';
import { Navigate, useSearchParams } from 'react-router-dom';
import LanguageSwitch from '../../../components/LanguageSwitch';
import { useSession } from '../../../services/session';
import LoginForm from './components/LoginForm';
import LoginHero from './components/LoginHero';
import { safeRedirect } from './service';

/** /console/login: brand panel on the left, the sign-in card on the right. */
export default function LoginPage() {
  const session = useSession();
  const screens = Grid.useBreakpoint();
  const [params] = useSearchParams();
  // Signed in (or just signed in): go where the user was heading, else the dashboard.
  if (session) return <Navigate to={safeRedirect(params.get('redirect'))} replace />;

  return (
    <Flex style={{ minHeight: '100vh', background: '#f3f6f8' }}>
      {screens.lg && <LoginHero />}
      <Flex vertical style={{ flex: 1, minWidth: 0 }}>
        <Flex justify="flex-end" style={{ padding: '20px 28px' }}>
          <LanguageSwitch />
        </Flex>
        <Flex flex={1} align="center" justify="center" style={{ padding: '0 24px 64px' }}>
          <LoginForm />
        </Flex>
      </Flex>
    </Flex>
  );
}
