export default definePageConfig({
  navigationBarTitleText: '报告查询',
  navigationBarBackgroundColor: '#0a6b60',
  navigationBarTextStyle: 'white',
});
