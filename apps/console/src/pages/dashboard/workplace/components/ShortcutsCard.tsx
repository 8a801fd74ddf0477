import { Card, Col, Empty, Row, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { filterMenu } from '../../../../access';
import { useAccess } from '../../../../hooks/useAccess';
import { pick, useT } from '../../../../locales';
import { flattenRoutes } from '../../../../route-trail';
import { routes } from '../../../../routes';
import { brand } from '../../../../theme';

/** 我的功能: the pages this role can open, as tiles (the same list the menu shows). */
export default function ShortcutsCard() {
  const { t, lang } = useT();
  const navigate = useNavigate();
  const pages = flattenRoutes(filterMenu(routes, useAccess())).filter((route) => route.path !== '/');
  return (
    <Card title={t('dashboard.shortcuts')} variant="borderless" data-testid="shortcuts">
      {pages.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.shortcuts.empty')} />
      ) : (
        <Row gutter={[16, 16]}>
          {pages.map((route) => (
            <Col key={route.path} xs={12} sm={8} md={6} xl={4}>
              <Card
                hoverable
                size="small"
                onClick={() => void navigate(route.path)}
                styles={{ body: { textAlign: 'center', padding: '18px 8px' } }}
              >
                <div style={{ fontSize: 24, color: brand.primary }}>{route.icon}</div>
                <Typography.Text style={{ display: 'block', marginTop: 8 }}>{pick(route.title, lang)}</Typography.Text>
              </Card>
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}
