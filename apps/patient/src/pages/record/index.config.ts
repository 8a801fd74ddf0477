export default definePageConfig({
  navigationBarTitleText: '健康档案',
  navigationBarBackgroundColor: '#0a6b60',
  navigationBarTextStyle: 'white',
});
