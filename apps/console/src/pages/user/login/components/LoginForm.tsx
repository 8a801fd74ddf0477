import { useCallback, useState } from 'react';
import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Typography } from 'antd';
import { computeAccess } from '../../../../access';
import Logo from '../../../../components/Logo';
import { useT } from '../../../../locales';
import { toRequestError } from '../../../../services/api-error';
import { lastEndReason, saveSession } from '../../../../services/session';
import { retryAfterSeconds } from '../lockout';
import { staffLogin, type LoginValues } from '../service';
import LoginNotice, { type Failure } from './LoginNotice';

/**
 * Keeps the first six digits, so a pasted "123 456" or "123-456" still works. (No maxLength on
 * the input: the browser would cut such a paste before the spaces are dropped.)
 */
const digitsOnly = (value: unknown) => (typeof value === 'string' ? value.replace(/\D/g, '').slice(0, 6) : value);

/** Username, password and the authenticator's code (等保 level 3). Errors show in the card. */
export default function LoginForm() {
  const { t } = useT();
  const [form] = Form.useForm<LoginValues>();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [ended] = useState(lastEndReason);
  const [attempted, setAttempted] = useState(false);
  const username = Form.useWatch('username', form);
  const clearLock = useCallback(() => setFailure((f) => (f?.kind === 'locked' ? null : f)), []);

  const onFinish = async (values: LoginValues) => {
    setSubmitting(true);
    setFailure(null);
    setAttempted(true);
    try {
      const tokens = await staffLogin(values);
      if (!computeAccess(tokens.account).isStaff) {
        setFailure({ kind: 'notStaff' });
        return;
      }
      saveSession(tokens); // the login page then redirects
    } catch (error) {
      const info = toRequestError(error).info;
      const wait = retryAfterSeconds(info);
      setFailure(wait === null ? { kind: 'server', info } : { kind: 'locked', until: Date.now() + wait * 1000, username: values.username });
      // A code is good for one 30-second window; the next try needs a fresh one.
      form.setFieldValue('totpCode', '');
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Card
      variant="borderless"
      style={{ width: 420, maxWidth: '100%', boxShadow: '0 12px 40px rgba(13, 43, 47, 0.10)' }}
      styles={{ body: { padding: '40px 40px 32px' } }}
    >
      <Flex align="center" gap={12} style={{ marginBottom: 28 }}>
        <Logo size={40} />
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('login.heading')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('login.subheading')}</Typography.Text>
        </div>
      </Flex>

      <LoginNotice failure={failure} ended={attempted ? null : ended} onLockOver={clearLock} />

      <Form<LoginValues> form={form} layout="vertical" size="large" requiredMark={false} onFinish={(v) => void onFinish(v)}>
        <Form.Item
          name="username"
          label={t('login.username')}
          rules={[{ required: true, whitespace: true, message: t('login.username.required') }]}
        >
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('login.password')}
          rules={[{ required: true, message: t('login.password.required') }]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="totpCode"
          label={t('login.totp')}
          extra={t('login.totp.help')}
          normalize={digitsOnly}
          validateTrigger="onBlur"
          rules={[{ required: true, pattern: /^\d{6}$/, message: t('login.totp.required') }]}
        >
          <Input
            prefix={<SafetyOutlined />}
            placeholder={t('login.totp.placeholder')}
            inputMode="numeric"
            autoComplete="one-time-code"
            data-testid="login-totp"
            style={{ letterSpacing: 2 }}
          />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={submitting}
          // The lock is per account: another person at this desk may still sign in.
          disabled={failure?.kind === 'locked' && failure.username === username}
          style={{ marginTop: 8, height: 46 }}
        >
          {t('login.submit')}
        </Button>
      </Form>

      <Flex gap={8} align="flex-start" style={{ marginTop: 24 }}>
        <SafetyOutlined style={{ color: 'rgba(0,0,0,0.35)', marginTop: 4 }} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('login.security')}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
