import { routes, type AppRoute } from './routes';

// Lookups over the route table: the pages the router mounts, and which route a URL is on (for
// the title, the breadcrumb and the highlighted menu entry). Kept apart from routes.tsx so the
// table stays a plain list.

/** Routes with a page, flattened (groups contribute their children). */
export function flattenRoutes(list: readonly AppRoute[] = routes): AppRoute[] {
  return list.flatMap((route) => [...(route.component ? [route] : []), ...flattenRoutes(route.children ?? [])]);
}

/** Whether `pathname` fits a route path; `:name` segments match any one segment. */
export function matchesPath(pattern: string, pathname: string): boolean {
  const want = pattern.split('/');
  const got = pathname.split('/');
  return want.length === got.length && want.every((part, i) => (part.startsWith(':') ? got[i] !== '' : part === got[i]));
}

function findTrail(pathname: string, list: readonly AppRoute[]): AppRoute[] {
  for (const route of list) {
    if (matchesPath(route.path, pathname)) return [route];
    const below = findTrail(pathname, route.children ?? []);
    if (below.length > 0) return [route, ...below];
  }
  return [];
}

/**
 * The chain of routes from the top of the table to `pathname`, for titles and breadcrumbs. A
 * hidden page sits under its menu parent: 工作台 / 我的患者 / 健康档案.
 */
export function routeTrail(pathname: string, list: readonly AppRoute[] = routes): AppRoute[] {
  const trail = findTrail(pathname, list);
  const page = trail.at(-1);
  if (!page?.menuParent) return trail;
  const parent = findTrail(page.menuParent, list);
  return parent.length > 0 ? [...parent, page] : trail;
}
