export default definePageConfig({
  navigationBarTitleText: '我的',
  navigationBarBackgroundColor: '#0a6b60',
  navigationBarTextStyle: 'white',
});
