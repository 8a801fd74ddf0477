import { UnorderedListOutlined } from '@ant-design/icons';
import PagePlaceholder from '../../../components/PagePlaceholder';

/** Placeholder until the feature ships: says what will live here. */
export default function QueuePage() {
  return (
    <PagePlaceholder
      icon={<UnorderedListOutlined />}
      summary={{ zh: '今日候诊患者的实时队列：叫号、过号与复诊安排都在这里完成。', en: "Today's live patient queue: call the next patient, handle no-shows and arrange follow-ups." }}
      features={[
        { zh: '按时段显示已签到、候诊中、已就诊患者', en: 'Checked-in, waiting and seen patients by session' },
        { zh: '一键叫号，同步到诊区叫号屏与患者手机', en: "Call the next patient to the waiting-room screen and the patient's phone" },
        { zh: '过号、暂停接诊与加号处理', en: 'No-shows, pausing the clinic and extra slots' },
      ]}
    />
  );
}
