export default definePageConfig({
  navigationBarTitleText: '报告详情',
  navigationBarBackgroundColor: '#0a6b60',
  navigationBarTextStyle: 'white',
});
