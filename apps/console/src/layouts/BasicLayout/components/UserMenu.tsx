import { useState } from 'react';
import { LogoutOutlined } from '@ant-design/icons';
import { Avatar, Dropdown, Flex, Tag, Typography, type MenuProps } from 'antd';
import { useNavigate } from 'react-router-dom';
import { staffRolesOf } from '../../../access';
import { pick, useT } from '../../../locales';
import { roleNames } from '../../../locales/roles';
import { logout } from '../../../services/account';
import { useSession } from '../../../services/session';
import { brand } from '../../../theme';

/** The signed-in staff member, their roles, and sign-out. */
export default function UserMenu() {
  const { t, lang } = useT();
  const navigate = useNavigate();
  const account = useSession()?.account;
  const [busy, setBusy] = useState(false);
  if (!account) return null;
  const roles = staffRolesOf(account);

  const signOut = async () => {
    setBusy(true);
    await logout();
    await navigate('/login', { replace: true });
  };

  const items: MenuProps['items'] = [
    {
      key: 'who',
      disabled: true,
      label: (
        <div style={{ padding: '4px 0', cursor: 'default' }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('header.account')}
          </Typography.Text>
          <div style={{ color: 'rgba(0,0,0,0.88)', fontWeight: 500 }}>{account.displayName}</div>
        </div>
      ),
    },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: t('header.logout'), disabled: busy, danger: true },
  ];

  return (
    <Dropdown
      menu={{ items, onClick: ({ key }) => key === 'logout' && void signOut() }}
      placement="bottomRight"
      trigger={['click']}
    >
      <Flex align="center" gap={10} style={{ cursor: 'pointer', padding: '0 4px' }} data-testid="user-menu">
        <Avatar style={{ background: brand.primary }}>{account.displayName.slice(0, 1)}</Avatar>
        <Flex vertical style={{ lineHeight: 1.25 }}>
          <Typography.Text strong>{account.displayName}</Typography.Text>
          <span>
            {roles.map((role) => (
              <Tag key={role} color="cyan" variant="filled" style={{ marginInlineEnd: 4, fontSize: 11, lineHeight: '16px' }}>
                {pick(roleNames[role], lang)}
              </Tag>
            ))}
          </span>
        </Flex>
      </Flex>
    </Dropdown>
  );
}
