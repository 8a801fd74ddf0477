import { Suspense, type ReactNode } from 'react';
import type { AccessKey } from '../access';
import { useAccess } from '../hooks/useAccess';
import { pageComponent } from '../page-loader';
import PageLoading from './PageLoading';

const ForbiddenPage = pageComponent('exception/403');

/** Renders the page only when the route's access key is granted; otherwise a 403 page. */
export default function AccessGuard({ access, children }: { access: AccessKey; children: ReactNode }) {
  const granted = useAccess()[access];
  if (granted) return <>{children}</>;
  return (
    <Suspense fallback={<PageLoading />}>
      <ForbiddenPage />
    </Suspense>
  );
}
