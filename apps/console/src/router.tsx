import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router-dom';
import AccessGuard from './components/AccessGuard';
import PageLoading from './components/PageLoading';
import RequireAuth from './components/RequireAuth';
import { pageComponent } from './page-loader';
import { flattenRoutes } from './route-trail';
import { routes, type AppRoute } from './routes';

const BasicLayout = lazy(() => import('./layouts/BasicLayout'));
const LoginPage = pageComponent('user/login');
const NotFoundPage = pageComponent('exception/404');

/** The router basename: the server serves the console under /console/. */
export const BASENAME = '/console';

const suspense = (node: ReactNode) => <Suspense fallback={<PageLoading />}>{node}</Suspense>;

function pageRoute(route: AppRoute): RouteObject {
  const Page = route.component ? pageComponent(route.component) : null;
  const element = <AccessGuard access={route.access}>{Page ? suspense(<Page />) : null}</AccessGuard>;
  return route.path === '/' ? { index: true, element } : { path: route.path, element };
}

/** A group path such as /hospital opens its first page (the guard still checks access). */
function groupRoute(route: AppRoute): RouteObject[] {
  const first = route.children?.[0];
  if (route.component || !first) return [];
  return [{ path: route.path, element: <Navigate to={first.path} replace /> }];
}

const children: RouteObject[] = [
  ...flattenRoutes().map(pageRoute),
  ...routes.flatMap(groupRoute),
  { path: '*', element: suspense(<NotFoundPage />) },
];

export const router = createBrowserRouter(
  [
    { path: '/login', element: suspense(<LoginPage />) },
    {
      path: '/',
      element: <RequireAuth>{suspense(<BasicLayout />)}</RequireAuth>,
      children,
    },
  ],
  { basename: BASENAME },
);
