import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../../locales';

/** Answered when a signed-in user opens a page their role cannot use. */
export default function ForbiddenPage() {
  const { t } = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={t('exception.403.title')}
      subTitle={t('exception.403.subtitle')}
      data-testid="forbidden"
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('exception.back')}
        </Button>
      }
    />
  );
}
