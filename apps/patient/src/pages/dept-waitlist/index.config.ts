export default definePageConfig({ navigationBarTitleText: '候补本科室' });
