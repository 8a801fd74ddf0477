import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';

/**
 * Taro build config for the patient app (written by hand: `taro init` needs GitHub).
 * One codebase, two targets: `--type weapp` → dist/weapp, `--type h5` → dist/h5.
 * Build-time settings (TARO_ENV, NODE_ENV, API_BASE) are read here and nowhere else in the app.
 */
const contractsDir = path.resolve(__dirname, '../../../packages/contracts');
const platform = process.env.TARO_ENV ?? 'h5';
// `dev:h5` writes to dist/h5-dev so it never wipes the production build that the server serves.
const outDir = platform === 'h5' && process.env.NODE_ENV === 'development' ? 'h5-dev' : platform;
const apiBase = process.env.API_BASE ?? 'http://127.0.0.1:3000';
// npm keeps this package under apps/patient/node_modules (its optional `vite@^4` peer clashes with
// the root's vite), where Taro's own runtime packages at the root cannot find it: alias it.
const frameworkReact = path.dirname(require.resolve('@tarojs/plugin-framework-react/package.json'));

export default defineConfig<'webpack5'>((merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'xinglin-patient',
    date: '2025-1-1',
    // NutUI React Taro is drawn at 375; px are kept as px (see pxtransform below) so that care-mode
    // sizes are real CSS pixels on every screen width.
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${outDir}`,
    plugins: [],
    defineConstants: {
      API_BASE: JSON.stringify(apiBase),
    },
    alias: {
      '@xinglin/contracts': path.join(contractsDir, 'src/index.ts'),
      '@tarojs/plugin-framework-react': frameworkReact,
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    logger: { quiet: true, stats: false },
    mini: {
      compile: { include: [contractsDir] },
      // Pages import shared components (and their CSS) in different orders; the rules do not depend on it.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: false, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'browser' },
      webpackChain(chain) {
        // Taro splits only initial chunks, so each lazily loaded page would repeat the shared code
        // (NutUI, PageRoot, …). Split async chunks too.
        chain.optimization.splitChunks({ ...chain.optimization.get('splitChunks'), chunks: 'all' });
        // A budget just above today's raw sizes (app.js ≈ 371 KiB, ≈ 125 KiB gzipped): warn on growth.
        chain.performance.maxAssetSize(420 * 1024).maxEntrypointSize(540 * 1024);
      },
      compile: { include: [contractsDir] },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        pxtransform: { enable: false, config: {} },
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  };
  if (process.env.NODE_ENV === 'development') {
    // `npm run dev:h5`: the dev server forwards API and simulator calls to the API server.
    const proxy = [{ context: ['/api', '/sim'], target: apiBase, changeOrigin: true }];
    return merge({}, baseConfig, { h5: { devServer: { port: 10086, historyApiFallback: true, proxy } } });
  }
  return baseConfig;
});
