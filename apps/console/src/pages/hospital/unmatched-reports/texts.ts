import type { Bilingual } from '../../../locales';

export const text = {
  intro: { zh: '无法自动匹配到患者的检验检查结果会保存在这里，核对后请手动匹配；匹配后患者即可查看并收到通知。', en: 'Results that could not be matched to a patient wait here; check and match them by hand. The patient can then see them and is notified.' },
  empty: { zh: '没有待匹配的结果', en: 'No results waiting' },
  received: { zh: '接收时间', en: 'Received' },
  source: { zh: '来源', en: 'Source' },
  sender: { zh: '患者信息（来自报文）', en: 'Patient (as sent)' },
  identifiers: { zh: '标识', en: 'Identifiers' },
  reports: { zh: '报告', en: 'Reports' },
  reason: { zh: '原因', en: 'Reason' },
  match: { zh: '匹配患者', en: 'Match to patient' },
  matchTitle: { zh: '匹配到患者', en: 'Match to a patient' },
  by: { zh: '按', en: 'By' },
  cardNo: { zh: '就诊卡号', en: 'Medical card' },
  idNumber: { zh: '身份证号', en: 'ID number' },
  patientId: { zh: '就诊人编号', en: 'Patient id' },
  value: { zh: '号码', en: 'Number' },
  required: { zh: '请输入号码', en: 'Enter the number' },
  done: { zh: '已匹配，{n} 份报告已归入该患者', en: 'Matched; {n} report(s) assigned to the patient' },
  confirm: { zh: '确认匹配', en: 'Match' },
  cancel: { zh: '取消', en: 'Cancel' },
  reasons: {
    no_identifier_known: { zh: '标识未登记', en: 'Unknown identifier' },
    identifiers_disagree: { zh: '标识指向不同患者', en: 'Identifiers disagree' },
    name_mismatch: { zh: '姓名不一致', en: 'Name differs' },
    birth_date_mismatch: { zh: '出生日期不一致', en: 'Birth date differs' },
  } as Record<string, Bilingual>,
};
