/** 候补本科室 (department-wide waitlist) strings (Simplified Chinese). `strings.en.ts` mirrors every key. */
export const deptWaitlistZh = {
  'title.deptWaitlist': '候补本科室',
  'dw.entry': '候补本科室',
  'dw.entryHint': '号源约满？不限医生，本科室有人退号即为您锁号',
  'dw.intro': '不限医生：所选日期内本科室任一医生有人退号时，按排队顺序为您锁定号源 30 分钟，请在“就诊”中及时支付。',
  'dw.patient': '就诊人',
  'dw.noPatient': '没有已实名的就诊人，请先完成实名认证',
  'dw.toFamily': '去管理就诊人',
  'dw.days': '候补日期',
  'dw.daysHint': '可多选，最多 {max} 天（已选 {n} 天）',
  'dw.tooMany': '最多选择 {max} 天',
  'dw.tomorrow': '明天',
  'dw.need.patient': '请选择就诊人',
  'dw.need.days': '请至少选择一天',
  'dw.submit': '加入候补',
  'dw.joined': '已加入候补，当前排在第 {n} 位',
};
