import { CustomerServiceOutlined } from '@ant-design/icons';
import PagePlaceholder from '../../../components/PagePlaceholder';

/** Placeholder until the feature ships: says what will live here. */
export default function TicketsPage() {
  return (
    <PagePlaceholder
      icon={<CustomerServiceOutlined />}
      summary={{ zh: '患者反馈、投诉与咨询工单的分派、跟进与回复。', en: 'Assign, follow up and answer patient feedback, complaints and questions.' }}
      features={[
        { zh: '待处理、处理中、已办结工单', en: 'Open, in-progress and closed tickets' },
        { zh: '分派到科室并设定处理时限', en: 'Assign to a department with a due time' },
        { zh: '回复患者并记录处理过程', en: 'Reply to the patient and keep the history' },
      ]}
    />
  );
}
