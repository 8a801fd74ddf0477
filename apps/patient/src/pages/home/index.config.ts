export default definePageConfig({ navigationBarTitleText: '杏林医院' });
