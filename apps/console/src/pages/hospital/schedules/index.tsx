import { CalendarOutlined } from '@ant-design/icons';
import PagePlaceholder from '../../../components/PagePlaceholder';

/** Placeholder until the feature ships: says what will live here. */
export default function SchedulesPage() {
  return (
    <PagePlaceholder
      icon={<CalendarOutlined />}
      summary={{ zh: '出诊排班与号源：按周编排，停诊、替诊自动通知已预约患者。', en: 'Clinic schedules and slots, week by week; cancellations notify booked patients.' }}
      features={[
        { zh: '按科室、按周编排医生出诊时段', en: 'Weekly sessions per department and doctor' },
        { zh: '号源数量、放号时间与挂号费', en: 'Slot counts, release times and fees' },
        { zh: '停诊与替诊，自动通知受影响患者', en: 'Cancellations and substitutions, with patient notices' },
      ]}
    />
  );
}
