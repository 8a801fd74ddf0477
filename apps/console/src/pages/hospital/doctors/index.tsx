import { TeamOutlined } from '@ant-design/icons';
import PagePlaceholder from '../../../components/PagePlaceholder';

/** Placeholder until the feature ships: says what will live here. */
export default function DoctorsPage() {
  return (
    <PagePlaceholder
      icon={<TeamOutlined />}
      summary={{ zh: '医生档案：职称、所属科室、擅长领域与对患者展示的简介。', en: 'Doctor profiles: title, department, specialties and the public introduction.' }}
      features={[
        { zh: '医生列表与按科室、职称筛选', en: 'Doctors, filtered by department and title' },
        { zh: '擅长疾病、简介与头像维护', en: 'Specialties, introduction and photo' },
        { zh: '为医生开通工作台登录账号', en: "Create the doctor's console account" },
      ]}
    />
  );
}
