import { useEffect, useState } from 'react';
import { Alert } from 'antd';
import { useT } from '../../../../locales';
import type { NormalizedError } from '../../../../services/api-error';
import type { EndReason } from '../../../../services/session';
import { formatCountdown, lockoutText, loginErrorText } from '../lockout';

export type Failure =
  | { kind: 'server'; info: NormalizedError }
  | { kind: 'locked'; until: number; username: string }
  | { kind: 'notStaff' };

/** Seconds left until `until` (epoch ms), ticking once a second; calls `onDone` at zero. */
function useSecondsLeft(until: number | null, onDone: () => void): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [until]);
  const left = until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
  useEffect(() => {
    if (until !== null && left === 0) onDone();
  }, [until, left, onDone]);
  return left;
}

interface Props {
  failure: Failure | null;
  /** Why the previous session ended, shown until the next attempt. */
  ended: EndReason | null;
  onLockOver: () => void;
}

/** The one message above the form: a failed sign-in, a lock countdown, or why the session ended. */
export default function LoginNotice({ failure, ended, onLockOver }: Props) {
  const { t, lang } = useT();
  const left = useSecondsLeft(failure?.kind === 'locked' ? failure.until : null, onLockOver);
  const style = { marginBottom: 20 };

  if (failure?.kind === 'locked') {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        data-testid="login-error"
        style={style}
        title={lockoutText(left, lang)}
        description={t('login.locked.hint', { time: formatCountdown(left) })}
      />
    );
  }
  if (failure) {
    const requestId = failure.kind === 'server' && failure.info.requestId;
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        data-testid="login-error"
        style={style}
        title={failure.kind === 'notStaff' ? t('login.notStaff') : loginErrorText(failure.info, lang)}
        description={requestId ? `${t('error.requestId')}: ${requestId}` : undefined}
      />
    );
  }
  if (ended === 'idle') {
    return (
      <Alert type="warning" showIcon data-testid="login-idle" style={style} title={t('login.idle')} description={t('login.idle.hint')} />
    );
  }
  if (ended === 'expired') return <Alert type="warning" showIcon style={style} title={t('login.expired')} />;
  return null;
}
