import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../../locales';

/** Any unknown path under /console/. */
export default function NotFoundPage() {
  const { t } = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('exception.404.title')}
      subTitle={t('exception.404.subtitle')}
      data-testid="not-found"
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('exception.back')}
        </Button>
      }
    />
  );
}
