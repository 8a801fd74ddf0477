import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * Page folders become lazy components by name, as `component: './Welcome'` does in
 * ant-design-pro: the route table names a folder and never imports pages, so pages may import
 * the route table (shortcuts, breadcrumbs) without an import cycle. Each page is its own chunk.
 */
const modules = import.meta.glob<{ default: ComponentType }>('./pages/*/*/index.tsx');
const cache = new Map<string, LazyExoticComponent<ComponentType>>();

export function hasPage(name: string): boolean {
  return `./pages/${name}/index.tsx` in modules;
}

export function pageComponent(name: string): LazyExoticComponent<ComponentType> {
  const load = modules[`./pages/${name}/index.tsx`];
  if (!load) throw new Error(`No page at src/pages/${name}/index.tsx`);
  let component = cache.get(name);
  if (!component) {
    component = lazy(load);
    cache.set(name, component);
  }
  return component;
}
