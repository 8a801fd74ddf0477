export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/visits/index',
    'pages/messages/index',
    'pages/me/index',
    'pages/login/index',
    'pages/departments/index',
    'pages/doctors/index',
    'pages/doctor/index',
    'pages/soon/index',
    'pages/agreement/index',
  ],
  window: {
    backgroundTextStyle: 'light',
    backgroundColor: '#f3f6f8',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '杏林医院',
    navigationBarTextStyle: 'black',
    // 'default' also turns on Taro's H5 navigation bar (title + back), like the mini program's.
    navigationStyle: 'default',
  },
  tabBar: {
    color: '#5f6b7a',
    selectedColor: '#0b7a6e',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
      },
      {
        pagePath: 'pages/visits/index',
        text: '就诊',
        iconPath: 'assets/tabbar/visits.png',
        selectedIconPath: 'assets/tabbar/visits-active.png',
      },
      {
        pagePath: 'pages/messages/index',
        text: '消息',
        iconPath: 'assets/tabbar/messages.png',
        selectedIconPath: 'assets/tabbar/messages-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tabbar/me.png',
        selectedIconPath: 'assets/tabbar/me-active.png',
      },
    ],
  },
});
