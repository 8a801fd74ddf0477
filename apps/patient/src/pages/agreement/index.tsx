import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { PageRoot } from '../../components/PageRoot';
import { useT } from '../../i18n';
import './index.css';

/** 用户协议 / 隐私政策 (a short plain-language summary; the full text comes from the hospital). */
export default function AgreementPage() {
  const t = useT();
  const privacy = useRouter().params.doc === 'privacy';
  return (
    <PageRoot titleKey={privacy ? 'title.privacy' : 'title.terms'} testId='page-agreement'>
      <View className='xl-card agreement'>
        <Text className='agreement__title'>{t(privacy ? 'title.privacy' : 'title.terms')}</Text>
        <Text className='agreement__body'>{t(privacy ? 'privacy.body' : 'terms.body')}</Text>
      </View>
    </PageRoot>
  );
}
