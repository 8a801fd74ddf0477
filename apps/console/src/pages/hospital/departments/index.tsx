import { BankOutlined } from '@ant-design/icons';
import PagePlaceholder from '../../../components/PagePlaceholder';

/** Placeholder until the feature ships: says what will live here. */
export default function DepartmentsPage() {
  return (
    <PagePlaceholder
      icon={<BankOutlined />}
      summary={{ zh: '维护院区与科室信息：名称、位置、简介以及是否开放预约。', en: 'Campuses and departments: names, locations, introductions and whether patients can book.' }}
      features={[
        { zh: '院区、科室分组与科室列表', en: 'Campuses, department groups and departments' },
        { zh: '科室位置、简介与联系电话', en: 'Location, introduction and phone number' },
        { zh: '控制科室是否对患者开放预约', en: 'Whether patients can book the department' },
      ]}
    />
  );
}
