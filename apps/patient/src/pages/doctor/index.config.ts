export default definePageConfig({
  navigationBarTitleText: '医生主页',
  navigationBarBackgroundColor: '#0a6b60',
  navigationBarTextStyle: 'white',
});
