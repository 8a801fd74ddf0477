import { Text, View } from '@tarojs/components';
import { Checkbox } from '../../components/nut';
import { useT } from '../../i18n';
import { PAGES, go } from '../../routes';

interface Props {
  agreed: boolean;
  onChange: (agreed: boolean) => void;
  error: string | null;
}

/** 用户协议 / 隐私政策: must be accepted before signing in. The links open the documents. */
export function Agreement({ agreed, onChange, error }: Props) {
  const t = useT();
  return (
    <View className='login-agree'>
      <View className='login-agree__row'>
        <View
          className='login-agree__box xl-pressable'
          data-testid='login-agree'
          data-tap
          data-checked={agreed}
          role='checkbox'
          aria-checked={agreed}
          onClick={() => onChange(!agreed)}
        >
          <Checkbox className='login-agree__checkbox' checked={agreed} />
        </View>
        <View className='login-agree__text'>
          <Text onClick={() => onChange(!agreed)}>{t('login.agree')} </Text>
          <Text className='login-agree__link' data-testid='login-terms'
            onClick={() => go(PAGES.agreement, { doc: 'terms' })}>
            {t('login.terms')}
          </Text>
          <Text> {t('login.and')} </Text>
          <Text className='login-agree__link' data-testid='login-privacy'
            onClick={() => go(PAGES.agreement, { doc: 'privacy' })}>
            {t('login.privacy')}
          </Text>
        </View>
      </View>
      {error ? (
        <Text className='login-field__error' data-testid='login-agree-error'>
          {error}
        </Text>
      ) : null}
    </View>
  );
}
