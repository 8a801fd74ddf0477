import { AlertOutlined } from '@ant-design/icons';
import PagePlaceholder from '../../../components/PagePlaceholder';

/** Placeholder until the feature ships: says what will live here. */
export default function SecurityAlertsPage() {
  return (
    <PagePlaceholder
      icon={<AlertOutlined />}
      summary={{ zh: '异常登录、越权访问与批量导出等安全事件的告警与处置。', en: 'Alerts for unusual sign-ins, access violations and bulk exports, and how they were handled.' }}
      features={[
        { zh: '异常登录与多次密码错误告警', en: 'Unusual sign-ins and repeated password failures' },
        { zh: '越权访问、批量查询与导出告警', en: 'Access violations, bulk queries and exports' },
        { zh: '告警确认、处置记录与通报', en: 'Acknowledge, record the response and report' },
      ]}
    />
  );
}
