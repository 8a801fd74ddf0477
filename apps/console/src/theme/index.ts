import type { ThemeConfig } from 'antd';

/** 杏林 jade: calm, clinical, readable on long shifts. */
export const brand = {
  primary: '#0f7b6c',
  primaryDark: '#0a5c51',
  apricot: '#f4b860',
  siderBg: '#0d2b2f',
  pageBg: '#f3f6f8',
};

export const theme: ThemeConfig = {
  token: {
    colorPrimary: brand.primary,
    colorInfo: brand.primary,
    colorLink: brand.primary,
    borderRadius: 8,
    colorBgLayout: brand.pageBg,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Microsoft YaHei', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { siderBg: brand.siderBg, headerBg: '#ffffff', headerHeight: 60, headerPadding: '0 24px', triggerBg: '#0a2226' },
    Menu: {
      darkItemBg: brand.siderBg,
      darkSubMenuItemBg: '#0a2427',
      darkItemSelectedBg: brand.primary,
      darkItemColor: 'rgba(255,255,255,0.72)',
      itemBorderRadius: 6,
    },
    Card: { borderRadiusLG: 12 },
  },
};
