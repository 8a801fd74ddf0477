export default definePageConfig({
  navigationBarTitleText: '杏林医院',
  navigationBarBackgroundColor: '#0a6b60',
  navigationBarTextStyle: 'white',
});
