export default definePageConfig({ navigationBarTitleText: '爽约记录' });
