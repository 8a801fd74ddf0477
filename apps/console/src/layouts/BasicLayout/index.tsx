import { Suspense, useState } from 'react';
import { Layout } from 'antd';
import { Outlet, useLocation } from 'react-router-dom';
import PageLoading from '../../components/PageLoading';
import { useT } from '../../locales';
import HeaderBar from './components/HeaderBar';
import PageTitle from './components/PageTitle';
import SiderMenu from './components/SiderMenu';

const COLLAPSED_KEY = 'xinglin.console.siderCollapsed';

function normalize(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
}

/** Sider menu (from routes + access), header (user, language, sign-out) and the page. */
export default function BasicLayout() {
  const { t } = useT();
  const pathname = normalize(useLocation().pathname);
  const [collapsed, setCollapsed] = useState(() => localStorage.getItem(COLLAPSED_KEY) === '1');
  const toggle = () => {
    setCollapsed((value) => {
      localStorage.setItem(COLLAPSED_KEY, value ? '0' : '1');
      return !value;
    });
  };

  return (
    <Layout style={{ minHeight: '100vh' }} hasSider>
      <Layout.Sider
        width={232}
        collapsedWidth={72}
        collapsed={collapsed}
        trigger={null}
        style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        <SiderMenu pathname={pathname} collapsed={collapsed} />
      </Layout.Sider>
      <Layout>
        <HeaderBar collapsed={collapsed} onToggle={toggle} />
        <Layout.Content style={{ padding: 24 }}>
          <PageTitle pathname={pathname} />
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', color: 'rgba(0,0,0,0.38)', fontSize: 12, padding: '12px 24px 20px' }}>
          {t('app.hospital')} · {t('app.footer')}
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}
