import { FileTextOutlined } from '@ant-design/icons';
import PagePlaceholder from '../../../components/PagePlaceholder';

/** Placeholder until the feature ships: says what will live here. */
export default function AuditLogsPage() {
  return (
    <PagePlaceholder
      icon={<FileTextOutlined />}
      summary={{ zh: '谁在何时对哪条数据做了什么：登录、查看病历、修改与导出全程留痕。', en: 'Who did what to which record and when: sign-ins, record views, changes and exports.' }}
      features={[
        { zh: '按人员、时间、操作类型检索审计日志', en: 'Search the log by person, time and action' },
        { zh: '查看患者敏感信息的访问记录', en: "Access to patients' sensitive information" },
        { zh: '导出审计报表，日志不可篡改', en: 'Export reports; the log cannot be altered' },
      ]}
    />
  );
}
