import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Button } from '../../components/nut';
import { PageRoot } from '../../components/PageRoot';
import { SendCodeButton } from '../../components/SendCodeButton';
import { useT } from '../../i18n';
import { PAGES, goTab } from '../../routes';
import { createSession, sendSmsCode } from '../../services/auth';
import { RequestError, errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { useSession } from '../../state/session';
import { Agreement } from './Agreement';
import { Field } from './Field';
import { WechatLogin } from './WechatLogin';
import { digitsOnly, loginErrors } from './validate';
import { useCountdown } from '../../hooks/useCountdown';
import './index.css';

const toast = (title: string) => Taro.showToast({ title, icon: 'none' }).catch(() => undefined);

export default function LoginPage() {
  const t = useT();
  const { lang } = usePrefs();
  const { signIn } = useSession();
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [agreed, setAgreed] = useState(false);
  const [shown, setShown] = useState({ phone: false, code: false, agree: false });
  const [apiError, setApiError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'send' | 'login' | null>(null);
  const [left, startCountdown] = useCountdown();
  const errors = loginErrors(phone, code, agreed);
  const show = (k: keyof typeof shown) => setShown((s) => ({ ...s, [k]: true }));

  const sendCode = async () => {
    show('phone');
    setApiError(null);
    if (errors.phone || left > 0 || busy) return;
    setBusy('send');
    try {
      const sent = await sendSmsCode(phone);
      startCountdown(sent.resendAfterSeconds > 0 ? sent.resendAfterSeconds : 60);
      void toast(t('login.sent'));
    } catch (err) {
      setApiError(errorMessage(err, lang));
      // Too soon / too many: count down the wait the server asked for.
      const wait = err instanceof RequestError ? err.retryAfterSeconds : undefined;
      if (wait && wait <= 120) startCountdown(wait);
    } finally {
      setBusy(null);
    }
  };

  const submit = async () => {
    setShown({ phone: true, code: true, agree: true });
    setApiError(null);
    if (errors.phone || errors.code || errors.agree || busy) return;
    setBusy('login');
    try {
      signIn(await createSession(phone, code));
      void toast(t('login.success'));
      goTab(PAGES.me);
    } catch (err) {
      setApiError(errorMessage(err, lang));
    } finally {
      setBusy(null);
    }
  };

  const sendLabel = left > 0 ? t('login.resend', { n: left }) : t('login.send');
  return (
    <PageRoot titleKey='title.login' testId='page-login'>
      <View className='login-head'>
        <View className='login-head__logo'>
          <Text>杏</Text>
        </View>
        <Text className='login-head__title'>{t('login.title')}</Text>
        <Text className='login-head__sub'>{t('login.subtitle')}</Text>
      </View>
      {process.env.TARO_ENV === 'weapp' ? (
        <WechatLogin agreed={agreed} onNeedAgree={() => { show('agree'); void toast(t('login.err.agree')); }}
          onSignedIn={(tokens) => { signIn(tokens); void toast(t('login.success')); goTab(PAGES.me); }} />
      ) : null}
      <View className='xl-card login-form'>
        <Field label={t('login.phone')} testId='login-phone' value={phone} maxLength={11}
          placeholder={t('login.phonePlaceholder')} onChange={(v) => setPhone(digitsOnly(v, 11))}
          onBlur={() => phone && show('phone')}
          error={shown.phone && errors.phone ? t(errors.phone) : null} />
        <Field label={t('login.code')} testId='login-code' value={code} maxLength={6}
          placeholder={t('login.codePlaceholder')} onChange={(v) => setCode(digitsOnly(v, 6))}
          error={shown.code && errors.code ? t(errors.code) : null}
          extra={
            <SendCodeButton testId='login-send-code' label={sendLabel} disabled={left > 0 || busy === 'send'}
              onPress={() => void sendCode()} />
          } />
        <Agreement agreed={agreed} onChange={setAgreed}
          error={shown.agree && errors.agree ? t(errors.agree) : null} />
        {apiError ? <View className='xl-error login-api-error' data-testid='login-error'>{apiError}</View> : null}
        <Button className='login-submit' type='primary' size='large' block loading={busy === 'login'}
          data-testid='login-submit' data-tap onClick={() => void submit()}>
          {t('login.submit')}
        </Button>
      </View>
    </PageRoot>
  );
}
