export default definePageConfig({ navigationBarTitleText: '我的体检与接种' });
