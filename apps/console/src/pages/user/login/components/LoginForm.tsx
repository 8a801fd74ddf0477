import { useState } from 'react';
import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { computeAccess } from '../../../../access';
import Logo from '../../../../components/Logo';
import { useT } from '../../../../locales';
import { errorText, toRequestError, type NormalizedError } from '../../../../services/api-error';
import { lastEndReason, saveSession } from '../../../../services/session';
import { staffLogin, type LoginValues } from '../service';

type Failure = { kind: 'server'; info: NormalizedError } | { kind: 'notStaff' };

/** Username + password. Server errors are shown in the card, in the UI language. */
export default function LoginForm() {
  const { t, lang } = useT();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const expired = lastEndReason() === 'expired' && !failure;

  const onFinish = async (values: LoginValues) => {
    setSubmitting(true);
    setFailure(null);
    try {
      const tokens = await staffLogin(values);
      if (!computeAccess(tokens.account).isStaff) {
        setFailure({ kind: 'notStaff' });
        return;
      }
      saveSession(tokens); // the login page then redirects
    } catch (error) {
      setFailure({ kind: 'server', info: toRequestError(error).info });
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

      {expired && <Alert type="warning" showIcon title={t('login.expired')} style={{ marginBottom: 20 }} />}
      {failure && (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="login-error"
          style={{ marginBottom: 20 }}
          title={failure.kind === 'notStaff' ? t('login.notStaff') : errorText(failure.info, lang)}
          description={
            failure.kind === 'server' && failure.info.requestId
              ? `${t('error.requestId')}: ${failure.info.requestId}`
              : undefined
          }
        />
      )}

      <Form<LoginValues> layout="vertical" size="large" requiredMark={false} onFinish={(v) => void onFinish(v)}>
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
        <Button type="primary" htmlType="submit" block loading={submitting} style={{ marginTop: 8, height: 46 }}>
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
