import { Button as NativeButton, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { SessionTokens } from '@xinglin/contracts';
import { useState } from 'react';
import { useT } from '../../i18n';
import { createWechatSession } from '../../services/auth';
import { RequestError, errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';

interface Props {
  agreed: boolean;
  /** Called instead of signing in while the agreement is not accepted. */
  onNeedAgree: () => void;
  onSignedIn: (tokens: SessionTokens) => void;
}

/**
 * Mini program only: 微信一键登录 with a wx.login code. The first time (409 WECHAT_PHONE_REQUIRED) the
 * getPhoneNumber button asks WeChat for the phone, and its code goes along with a fresh login code.
 */
export function WechatLogin({ agreed, onNeedAgree, onSignedIn }: Props) {
  const t = useT();
  const { lang } = usePrefs();
  const [needPhone, setNeedPhone] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const login = async (phoneCode?: string) => {
    if (!agreed) {
      onNeedAgree();
      return;
    }
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const { code } = await Taro.login(); // one-time: a fresh code for every attempt
      onSignedIn(await createWechatSession(code, phoneCode));
    } catch (err) {
      if (err instanceof RequestError && err.code === 'WECHAT_PHONE_REQUIRED') setNeedPhone(true);
      else setError(errorMessage(err, lang));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='xl-card login-wechat' data-testid='login-wechat'>
      {needPhone ? (
        <>
          <Text className='login-wechat__hint'>{t('login.wechatPhoneHint')}</Text>
          <NativeButton className='login-wechat__btn' openType='getPhoneNumber' loading={busy}
            onGetPhoneNumber={(e) => (e.detail.code ? void login(e.detail.code) : setError(t('login.wechatDenied')))}>
            {t('login.wechatPhone')}
          </NativeButton>
        </>
      ) : (
        <NativeButton className='login-wechat__btn' loading={busy} onClick={() => void login()}>
          {t('login.wechat')}
        </NativeButton>
      )}
      {error ? <View className='xl-error login-api-error'>{error}</View> : null}
      <View className='login-wechat__or'>
        <Text>{t('login.or')}</Text>
      </View>
    </View>
  );
}
