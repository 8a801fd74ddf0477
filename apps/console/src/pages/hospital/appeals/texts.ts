import type { Bilingual } from '../../../locales';
import type { AppealStatus } from './service';

export const text = {
  intro: {
    zh: '患者对爽约记录的申诉。通过后该次不计入爽约次数，如因此低于暂停门槛，预约限制随即解除；审核意见会展示给患者。',
    en: 'Patients’ appeals against no-shows. An approved appeal no longer counts, and lifts a booking suspension that falls below the threshold; the note is shown to the patient.',
  },
  patient: { zh: '患者', en: 'Patient' },
  doctor: { zh: '医生', en: 'Doctor' },
  date: { zh: '就诊日期', en: 'Visit date' },
  reason: { zh: '申诉理由', en: 'Reason' },
  note: { zh: '审核意见', en: 'Review note' },
  submitted: { zh: '提交时间', en: 'Submitted' },
  actions: { zh: '操作', en: 'Actions' },
  approve: { zh: '通过', en: 'Approve' },
  reject: { zh: '驳回', en: 'Reject' },
  approveTitle: { zh: '通过申诉', en: 'Approve appeal' },
  rejectTitle: { zh: '驳回申诉', en: 'Reject appeal' },
  notePh: { zh: '审核意见（可选，患者可见）', en: 'Note (optional, shown to the patient)' },
  noteNeeded: { zh: '驳回时请说明原因', en: 'Say why when rejecting' },
  decided: { zh: '已处理', en: 'Done' },
  empty: { zh: '没有申诉', en: 'No appeals' },
} satisfies Record<string, Bilingual>;

export const statuses: Record<AppealStatus, { label: Bilingual; color: string }> = {
  pending: { label: { zh: '待审核', en: 'Pending' }, color: 'orange' },
  approved: { label: { zh: '已通过', en: 'Approved' }, color: 'green' },
  rejected: { label: { zh: '已驳回', en: 'Rejected' }, color: 'red' },
};
