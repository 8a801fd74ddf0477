import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { reloadAccount } from '../services/account';
import { lastEndReason, useSession } from '../services/session';

/** Sends signed-out visitors to the login page, remembering where they were going. */
export default function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  const signedIn = session !== null;

  useEffect(() => {
    // Roles may have changed since sign-in; a 401 here ends the session via request.ts.
    if (signedIn) reloadAccount().catch(() => undefined);
  }, [signedIn]);

  if (!session) {
    const target = `${location.pathname}${location.search}`;
    // After an explicit sign-out the next person starts at the dashboard, not at our last page.
    const keep = target !== '/' && lastEndReason() !== 'logout';
    const search = keep ? `?redirect=${encodeURIComponent(target)}` : '';
    return <Navigate to={`/login${search}`} replace />;
  }
  return <>{children}</>;
}
