import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Divider, Flex, Layout, Typography } from 'antd';
import LanguageSwitch from '../../../components/LanguageSwitch';
import { useT } from '../../../locales';
import UserMenu from './UserMenu';

interface HeaderBarProps {
  collapsed: boolean;
  onToggle: () => void;
}

/** Top bar: sider toggle and hospital name on the left; language and the user on the right. */
export default function HeaderBar({ collapsed, onToggle }: HeaderBarProps) {
  const { t } = useT();
  return (
    <Layout.Header
      style={{
        position: 'sticky',
        top: 0,
        zIndex: 10,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        boxShadow: '0 1px 4px rgba(13, 43, 47, 0.08)',
      }}
    >
      <Flex align="center" gap={12}>
        <Button
          type="text"
          icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
          onClick={onToggle}
          aria-label={collapsed ? 'Expand menu' : 'Collapse menu'}
        />
        <Typography.Text strong style={{ fontSize: 15 }}>
          {t('app.hospital')}
        </Typography.Text>
      </Flex>
      <Flex align="center" gap={8}>
        <LanguageSwitch size="small" />
        <Divider orientation="vertical" />
        <UserMenu />
      </Flex>
    </Layout.Header>
  );
}
