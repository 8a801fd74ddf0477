import { Text, View } from '@tarojs/components';
import { familyInvitationConfirmSchema } from '@xinglin/contracts';
import { useEffect, useState } from 'react';
import { FormField } from '../../components/FormField';
import { Button } from '../../components/nut';
import { SendCodeButton } from '../../components/SendCodeButton';
import { useCountdown } from '../../hooks/useCountdown';
import { useT } from '../../i18n';
import { PAGES, goBackTo } from '../../routes';
import { type InvitationRequest, type InvitationSent, confirmInvitation, inviteFamily, isInvitation } from '../../services/patients';
import { RequestError, errorMessage } from '../../services/request';
import { usePrefs } from '../../state/prefs';
import { toast } from '../../utils/toast';

const RESEND_SECONDS = 60;

interface Props {
  sent: InvitationSent;
  request: InvitationRequest;
  onResent: (sent: InvitationSent) => void;
  onBack: () => void;
}

/** The family member's consent: the code sent to *their* phone (masked here), with a resend countdown. */
export function Consent({ sent, request, onResent, onBack }: Props) {
  const t = useT();
  const { lang } = usePrefs();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'confirm' | 'resend' | null>(null);
  const [left, startCountdown] = useCountdown();
  useEffect(() => startCountdown(RESEND_SECONDS), [sent.invitationId, startCountdown]);

  const confirm = async () => {
    setError(null);
    if (!familyInvitationConfirmSchema.safeParse({ code }).success) {
      setError(t('consent.err.code'));
      return;
    }
    if (busy) return;
    setBusy('confirm');
    try {
      await confirmInvitation(sent.invitationId, code);
      toast(t('familyAdd.added'));
      goBackTo(PAGES.family);
    } catch (err) {
      setError(errorMessage(err, lang));
    } finally {
      setBusy(null);
    }
  };

  const resend = async () => {
    if (left > 0 || busy) return;
    setError(null);
    setBusy('resend');
    try {
      const result = await inviteFamily(request);
      if (isInvitation(result)) {
        setCode('');
        onResent(result);
        toast(t('consent.resent'));
      } else {
        goBackTo(PAGES.family);
      }
    } catch (err) {
      setError(errorMessage(err, lang));
      const wait = err instanceof RequestError ? err.retryAfterSeconds : undefined;
      if (wait && wait <= 120) startCountdown(wait);
    } finally {
      setBusy(null);
    }
  };

  return (
    <View className='xl-card fa-consent' data-testid='family-consent'>
      <Text className='fa-consent__title'>{t('consent.title')}</Text>
      <Text className='fa-consent__body' data-testid='family-consent-phone'>
        {t('consent.body', { phone: sent.phoneMasked })}
      </Text>
      <FormField label={t('consent.code')} testId='family-consent-code' type='number' maxLength={6} value={code}
        placeholder={t('consent.codePlaceholder')} onChange={(v) => setCode(v.replace(/\D/g, '').slice(0, 6))}
        error={error}
        extra={
          <SendCodeButton testId='family-consent-resend' disabled={left > 0 || busy !== null}
            label={left > 0 ? t('consent.resendIn', { n: left }) : t('consent.resend')} onPress={() => void resend()} />
        } />
      <Text className='xl-muted fa-consent__expires'>
        {t('consent.expires', { n: Math.max(1, Math.round(sent.expiresInSeconds / 60)) })}
      </Text>
      <Button className='fa-form__submit' type='primary' size='large' block loading={busy === 'confirm'}
        data-testid='family-consent-submit' data-tap onClick={() => void confirm()}>
        {t('consent.submit')}
      </Button>
      <View className='xl-link xl-pressable fa-consent__back' data-testid='family-consent-back' data-tap onClick={onBack}>
        {t('consent.back')}
      </View>
    </View>
  );
}
