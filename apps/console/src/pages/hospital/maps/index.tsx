import { EnvironmentOutlined } from '@ant-design/icons';
import PagePlaceholder from '../../../components/PagePlaceholder';

/** Placeholder until the feature ships: says what will live here. */
export default function MapsPage() {
  return (
    <PagePlaceholder
      icon={<EnvironmentOutlined />}
      summary={{ zh: '院内导航：楼宇、楼层与科室位置，供患者端导诊使用。', en: 'Wayfinding: buildings, floors and where each department is, for the patient app.' }}
      features={[
        { zh: '院区楼宇与楼层平面图', en: 'Buildings and floor plans per campus' },
        { zh: '在平面图上标注科室、检查室与服务点', en: 'Mark departments, exam rooms and service desks on the plan' },
        { zh: '患者端“到这里去”路线指引', en: '“Take me there” directions in the patient app' },
      ]}
    />
  );
}
