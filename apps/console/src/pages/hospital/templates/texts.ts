import type { Bilingual } from '../../../locales';
import type { Level, Period } from './model';

/** This page's own words, Chinese and English side by side. */
export const text = {
  intro: {
    zh: '出诊模板是医生每周固定的出诊安排（星期 × 上午/下午/晚上），系统按模板生成未来的出诊和号源。保存后立即为尚未生成的日期开设门诊；已生成的出诊保持不变（可能已有患者预约），如需调整请在“出诊日历”中停诊或加号。',
    en: 'Templates are a doctor’s weekly clinics (weekday × morning/afternoon/evening); future clinics and places are generated from them. Saving opens clinics for dates not yet generated at once; clinics already generated stay as they are (patients may have booked). Use the clinic calendar to stop them or add places.',
  },
  department: { zh: '科室', en: 'Department' },
  doctor: { zh: '医生', en: 'Doctor' },
  chooseDepartment: { zh: '请选择科室', en: 'Choose a department' },
  chooseDoctor: { zh: '请选择医生', en: 'Choose a doctor' },
  period: { zh: '时段', en: 'Session' },
  add: { zh: '添加出诊', en: 'Add clinic' },
  paused: { zh: '已停用', en: 'Paused' },
  perSlot: { zh: '每时段 {n} 号', en: '{n} per slot' },
  summary: { zh: '每周出诊 {a} 个半天，停用 {p} 个；在用模板每个 30 分钟时段合计 {n} 个号', en: '{a} half-days a week, {p} paused; {n} places per 30-minute slot across active clinics' },
  editTitle: { zh: '{doctor} · {weekday}{period}', en: '{doctor} · {weekday} {period}' },
  level: { zh: '号别', en: 'Level' },
  fee: { zh: '挂号费（元）', en: 'Fee (yuan)' },
  placesPerSlot: { zh: '每个 30 分钟时段号源数', en: 'Places per 30-minute slot' },
  active: { zh: '启用', en: 'Active' },
  activeHelp: { zh: '停用后不再生成新的出诊，已生成的出诊不受影响', en: 'Paused templates generate no new clinics; existing ones stay' },
  saved: { zh: '已保存，新开设 {n} 个出诊', en: 'Saved; {n} new clinics opened' },
  savedNone: { zh: '已保存，未来日期的出诊已存在，无需新开设', en: 'Saved; the coming clinics already exist' },
  saveFailed: { zh: '保存失败', en: 'Not saved' },
  required: { zh: '必填', en: 'Required' },
  feeRange: { zh: '挂号费应在 0 至 10000 元之间', en: 'The fee must be between 0 and 10,000 yuan' },
  placesRange: { zh: '号源数应为 1 至 50 的整数', en: 'Places must be a whole number from 1 to 50' },
  noDoctor: { zh: '请选择一位医生查看其出诊模板', en: 'Choose a doctor to see their weekly clinics' },
} satisfies Record<string, Bilingual>;

export const weekdays: Record<number, Bilingual> = {
  1: { zh: '周一', en: 'Mon' },
  2: { zh: '周二', en: 'Tue' },
  3: { zh: '周三', en: 'Wed' },
  4: { zh: '周四', en: 'Thu' },
  5: { zh: '周五', en: 'Fri' },
  6: { zh: '周六', en: 'Sat' },
  7: { zh: '周日', en: 'Sun' },
};

export const periods: Record<Period, Bilingual> = {
  morning: { zh: '上午', en: 'Morning' },
  afternoon: { zh: '下午', en: 'Afternoon' },
  evening: { zh: '晚上', en: 'Evening' },
};

export const levels: Record<Level, { label: Bilingual; color: string }> = {
  general: { label: { zh: '普通号', en: 'General' }, color: 'blue' },
  expert: { label: { zh: '专家号', en: 'Expert' }, color: 'purple' },
  special: { label: { zh: '特需号', en: 'Special' }, color: 'gold' },
};
