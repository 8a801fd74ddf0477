export default definePageConfig({ navigationBarTitleText: '谁在管理我' });
