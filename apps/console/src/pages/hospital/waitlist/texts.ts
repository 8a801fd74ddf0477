import type { Bilingual } from '../../../locales';

/** This page's own words, Chinese and English side by side. */
export const text = {
  intro: {
    zh: '候补队列按加入先后排序：号源空出时（退号、超时未付、加号、加诊）依次分配给排在最前、且能预约该出诊的患者，分配后需在规定时间内支付，否则顺延给下一位。选择某个出诊可查看该出诊的确切队列（含可接受当天任意医生的科室候补）。',
    en: 'The waitlist is first come, first served: a freed place (a cancellation, an unpaid hold, extra places or clinics) goes to the first person who can take that clinic, who must pay within the hold time or it moves on. Choose a clinic to see its exact line, including department-wide entries for that day.',
  },
  privacy: { zh: '患者姓名已脱敏显示；每次查看均记入审计日志。', en: 'Names are masked; every look is recorded in the audit log.' },
  department: { zh: '科室', en: 'Department' },
  chooseDepartment: { zh: '请选择科室', en: 'Choose a department' },
  clinic: { zh: '出诊', en: 'Clinic' },
  allClinics: { zh: '全部（按科室）', en: 'Whole department' },
  refresh: { zh: '刷新', en: 'Refresh' },
  waiting: { zh: '等待中', en: 'Waiting' },
  offered: { zh: '已分配待支付', en: 'Offered, unpaid' },
  clinics: { zh: '有候补的出诊', en: 'Clinics with a line' },
  position: { zh: '顺位', en: 'Place' },
  patient: { zh: '患者', en: 'Patient' },
  target: { zh: '候补对象', en: 'Waiting for' },
  anyDoctor: { zh: '科室任意医生 · {dates}', en: 'Any doctor · {dates}' },
  status: { zh: '状态', en: 'Status' },
  minutesLeft: { zh: '剩 {n} 分钟', en: '{n} min left' },
  joined: { zh: '加入时间', en: 'Joined' },
  empty: { zh: '当前没有候补患者', en: 'Nobody is waiting' },
} satisfies Record<string, Bilingual>;

export const periods: Record<'morning' | 'afternoon' | 'evening', Bilingual> = {
  morning: { zh: '上午', en: 'Morning' },
  afternoon: { zh: '下午', en: 'Afternoon' },
  evening: { zh: '晚上', en: 'Evening' },
};
