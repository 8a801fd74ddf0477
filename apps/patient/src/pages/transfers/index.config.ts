export default definePageConfig({ navigationBarTitleText: '号源转让' });
