import { useMemo } from 'react';
import { Menu, type MenuProps } from 'antd';
import { useNavigate } from 'react-router-dom';
import { filterMenu } from '../../../access';
import Logo from '../../../components/Logo';
import { useAccess } from '../../../hooks/useAccess';
import { pick, useT, type Lang } from '../../../locales';
import { routeTrail } from '../../../route-trail';
import { routes, type AppRoute } from '../../../routes';

type MenuItem = Required<MenuProps>['items'][number];

function toItems(list: readonly AppRoute[], lang: Lang): MenuItem[] {
  return list.map((route) => ({
    key: route.path,
    icon: route.icon,
    label: pick(route.title, lang),
    children: route.children ? toItems(route.children, lang) : undefined,
  }));
}

/** The sider: logo, then only the entries the signed-in role can use. */
export default function SiderMenu({ pathname, collapsed }: { pathname: string; collapsed: boolean }) {
  const { t, lang } = useT();
  const navigate = useNavigate();
  const access = useAccess();
  const visible = useMemo(() => filterMenu(routes, access), [access]);
  const items = useMemo(() => toItems(visible, lang), [visible, lang]);
  const groups = visible.filter((route) => route.children).map((route) => route.path);
  // A page hidden from the menu (a patient's record) highlights the entry it belongs to.
  const selected = routeTrail(pathname).filter((route) => !route.hideInMenu).at(-1)?.path ?? pathname;

  return (
    <>
      <div
        style={{
          height: 64,
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          padding: collapsed ? '0 20px' : '0 20px',
          borderBottom: '1px solid rgba(255,255,255,0.06)',
        }}
      >
        <Logo size={32} />
        {!collapsed && (
          <div style={{ lineHeight: 1.2, whiteSpace: 'nowrap' }}>
            <div style={{ color: '#fff', fontSize: 17, fontWeight: 600, letterSpacing: 1 }}>{t('app.name')}</div>
            <div style={{ color: 'rgba(255,255,255,0.55)', fontSize: 12 }}>{t('app.title')}</div>
          </div>
        )}
      </div>
      <Menu
        theme="dark"
        mode="inline"
        items={items}
        selectedKeys={[selected]}
        defaultOpenKeys={groups}
        onClick={({ key }) => void navigate(key)}
        style={{ borderInlineEnd: 0, padding: '8px 0' }}
        data-testid="sider-menu"
      />
    </>
  );
}
