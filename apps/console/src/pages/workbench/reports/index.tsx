import { FileSearchOutlined } from '@ant-design/icons';
import PagePlaceholder from '../../../components/PagePlaceholder';

/** Placeholder until the feature ships: says what will live here. */
export default function ReportsPage() {
  return (
    <PagePlaceholder
      icon={<FileSearchOutlined />}
      summary={{ zh: '本人接诊患者的检验、检查报告，异常结果优先提示。', en: 'Lab and imaging reports of your patients, abnormal results first.' }}
      features={[
        { zh: '按患者查看检验、影像检查报告', en: 'Lab and imaging reports by patient' },
        { zh: '危急值与异常指标醒目提示', en: 'Critical values and abnormal results highlighted' },
        { zh: '仅显示本人接诊的患者，查看操作留痕', en: 'Only your own patients; every view is logged' },
      ]}
    />
  );
}
