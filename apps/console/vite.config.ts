import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API server (apps/server) listens on :3000 by default; in dev the console proxies to it,
// in production the server itself serves dist/ under /console/ on the same origin.
const apiTarget = process.env.XINGLIN_API_URL ?? 'http://127.0.0.1:3000';
const proxy = {
  '/api': { target: apiTarget, changeOrigin: true },
  '/readyz': { target: apiTarget, changeOrigin: true },
};

// antd and friends. The widgets only the data pages use (tables, date pickers, drawers…) get a
// chunk of their own that loads with those pages, so signing in does not pay for them. Their
// locale files, and dayjs, stay in the main chunk: ConfigProvider's locale and the language
// switch use them at start-up.
const antdFamily = /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|dayjs|@babel[\\/]runtime|@emotion|stylis|classnames|clsx)[\\/]/;
const dataWidgets =
  /node_modules[\\/](antd[\\/]es[\\/](table|date-picker|time-picker|calendar|descriptions|drawer|auto-complete|select|pagination|popconfirm|result|skeleton|switch|checkbox|radio|tree)[\\/]|@rc-component[\\/](table|picker|select|pagination|virtual-list|tree|drawer|checkbox|switch)[\\/]|dayjs[\\/]plugin[\\/])/;
const isDataWidget = (id: string) => dataWidgets.test(id) && !/[\\/]locale[\\/]/.test(id);

export default defineConfig({
  base: '/console/',
  plugins: [react()],
  server: { port: 5173, proxy },
  preview: { port: 4173, proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Stable vendor chunks cache across releases; pages stay small lazy chunks.
        codeSplitting: {
          groups: [
            { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/, priority: 30 },
            { name: 'vendor-antd', test: (id) => antdFamily.test(id) && !isDataWidget(id), priority: 20 },
            { name: 'vendor-antd-data', test: isDataWidget, priority: 15 },
            { name: 'vendor-zod', test: /node_modules[\\/]zod[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
});
