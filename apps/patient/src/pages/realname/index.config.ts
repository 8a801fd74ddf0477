export default definePageConfig({
  navigationBarTitleText: '实名认证',
  navigationBarBackgroundColor: '#0a6b60',
  navigationBarTextStyle: 'white',
});
