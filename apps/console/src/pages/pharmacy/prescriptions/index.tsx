import { SafetyCertificateOutlined } from '@ant-design/icons';
import PagePlaceholder from '../../../components/PagePlaceholder';

/** Placeholder until the feature ships: says what will live here. */
export default function PrescriptionsPage() {
  return (
    <PagePlaceholder
      icon={<SafetyCertificateOutlined />}
      summary={{ zh: '医生开具的处方在此由药师审核后方可调配与发药。', en: 'Prescriptions written by doctors are reviewed here before dispensing.' }}
      features={[
        { zh: '待审处方队列，按紧急程度排序', en: 'Queue of prescriptions awaiting review, most urgent first' },
        { zh: '配伍禁忌、剂量与过敏史自动提示', en: 'Interaction, dosage and allergy warnings' },
        { zh: '审核通过或退回医生并注明原因', en: 'Approve, or return to the doctor with a reason' },
      ]}
    />
  );
}
