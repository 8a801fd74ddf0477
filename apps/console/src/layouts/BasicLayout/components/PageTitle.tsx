import { Breadcrumb, Typography } from 'antd';
import { useAccess } from '../../../hooks/useAccess';
import { pick, useT } from '../../../locales';
import { routeTrail } from '../../../route-trail';

/** Breadcrumb and title of the current page, read from the route table. */
export default function PageTitle({ pathname }: { pathname: string }) {
  const { lang } = useT();
  const access = useAccess();
  const trail = routeTrail(pathname);
  const page = trail.at(-1);
  // Nothing about a page is shown to a role that cannot open it (the guard answers 403).
  if (!page || pathname === '/' || !access[page.access]) return null;
  return (
    <div style={{ marginBottom: 20 }}>
      <Breadcrumb items={trail.map((route) => ({ key: route.path, title: pick(route.title, lang) }))} />
      <Typography.Title level={3} style={{ margin: '8px 0 0' }}>
        {pick(page.title, lang)}
      </Typography.Title>
    </div>
  );
}
