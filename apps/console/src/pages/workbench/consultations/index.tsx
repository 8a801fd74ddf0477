import { CommentOutlined } from '@ant-design/icons';
import PagePlaceholder from '../../../components/PagePlaceholder';

/** Placeholder until the feature ships: says what will live here. */
export default function ConsultationsPage() {
  return (
    <PagePlaceholder
      icon={<CommentOutlined />}
      summary={{ zh: '在线问诊与复诊续方：图文会话、病历书写与处方开具。', en: 'Online consultations and repeat prescriptions: chat, notes and prescribing.' }}
      features={[
        { zh: '待接诊、进行中、已完成的问诊会话', en: 'Waiting, active and finished consultations' },
        { zh: '图文沟通与患者上传资料查看', en: 'Messages and files the patient uploaded' },
        { zh: '结束问诊时书写病历、开具电子处方', en: 'Write the record and an e-prescription when closing' },
      ]}
    />
  );
}
