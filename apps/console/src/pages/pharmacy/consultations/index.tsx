import { CommentOutlined } from '@ant-design/icons';
import PagePlaceholder from '../../../components/PagePlaceholder';

/** Placeholder until the feature ships: says what will live here. */
export default function MedicationAdvicePage() {
  return (
    <PagePlaceholder
      icon={<CommentOutlined />}
      summary={{ zh: '回答患者关于用法用量、不良反应与药物相互作用的咨询。', en: "Answer patients' questions on dosage, side effects and interactions." }}
      features={[
        { zh: '患者用药咨询会话列表', en: "Patients' medication questions" },
        { zh: '引用药品说明书与常用答复模板', en: 'Package-insert references and reply templates' },
        { zh: '需要就医时引导患者预约门诊', en: 'Refer the patient to a clinic when they need to be seen' },
      ]}
    />
  );
}
