import type { Bilingual } from '../../../locales';

/** This page's own words, Chinese and English side by side (the shared keys live in src/locales). */
export const text = {
  today: { zh: '今日出诊 {date}', en: 'Clinics today, {date}' },
  avg: { zh: '近期平均每位 {m} 分钟', en: 'Recently about {m} min per patient' },
  autoRefresh: { zh: '每 15 秒自动刷新', en: 'Refreshes every 15 s' },
  refresh: { zh: '刷新', en: 'Refresh' },
  noSessions: { zh: '今天没有您的出诊', en: 'You have no clinic today' },
  noSessionsHint: { zh: '出诊当天，已签到的患者会按就诊序号出现在这里。', en: 'On clinic days, checked-in patients appear here by visit number.' },
  current: { zh: '当前就诊：{n} 号', en: 'Now seeing: no. {n}' },
  nobodyCurrent: { zh: '当前无人就诊', en: 'Nobody is being seen' },
  waiting: { zh: '候诊 {n} 人', en: '{n} waiting' },
  callNext: { zh: '叫下一位', en: 'Call next' },
  recall: { zh: '重呼', en: 'Call again' },
  done: { zh: '完成', en: 'Done' },
  noShow: { zh: '过号', en: 'No-show' },
  noShowConfirm: { zh: '确认 {n} 号未应答叫号，标记为过号？', en: 'Mark no. {n} as not answering the call?' },
  called: { zh: '已呼叫 {n} 号', en: 'Called no. {n}' },
  nobodyWaiting: { zh: '没有已签到的候诊患者', en: 'No checked-in patient is waiting' },
  visitNo: { zh: '序号', en: 'No.' },
  patient: { zh: '患者', en: 'Patient' },
  slot: { zh: '预约时段', en: 'Booked time' },
  status: { zh: '状态', en: 'Status' },
  checkedInAt: { zh: '签到时间', en: 'Checked in' },
  actions: { zh: '操作', en: 'Actions' },
  privacy: { zh: '患者姓名已脱敏显示，请以就诊序号核对身份。', en: 'Names are masked; confirm patients by their visit number.' },
  codesTitle: { zh: '科室签到二维码', en: 'Department check-in codes' },
  codesHint: {
    zh: '打印后张贴在科室候诊区。患者在就诊前 30 分钟至时段结束之间扫码签到；也可在签到点 {r} 米内定位签到。二维码泄露时请更换，旧码立即失效。',
    en: 'Print and post in the waiting area. Patients scan it from 30 minutes before their time until its end, or check in by location within {r} m. Replace a leaked code; the old one stops working at once.',
  },
  department: { zh: '科室', en: 'Department' },
  rotate: { zh: '更换二维码', en: 'Replace code' },
  rotateConfirm: { zh: '更换后，已张贴的旧二维码将无法签到。确定更换？', en: 'The posted code will stop working. Replace it?' },
  rotated: { zh: '已更换，请重新打印张贴', en: 'Replaced: print and post the new code' },
  print: { zh: '打印', en: 'Print' },
  keyVersion: { zh: '第 {v} 版', en: 'Version {v}' },
  coords: { zh: '签到点 {lat}, {lng}（WGS-84），半径 {r} 米', en: 'Point {lat}, {lng} (WGS-84), radius {r} m' },
} satisfies Record<string, Bilingual>;

export const statusText: Record<'confirmed' | 'checked_in' | 'called' | 'completed' | 'no_show', Bilingual> = {
  confirmed: { zh: '未签到', en: 'Not checked in' },
  checked_in: { zh: '候诊中', en: 'Waiting' },
  called: { zh: '就诊中', en: 'Being seen' },
  completed: { zh: '已完成', en: 'Done' },
  no_show: { zh: '过号', en: 'No-show' },
};

export const periodText: Record<'morning' | 'afternoon' | 'evening', Bilingual> = {
  morning: { zh: '上午', en: 'Morning' },
  afternoon: { zh: '下午', en: 'Afternoon' },
  evening: { zh: '晚间', en: 'Evening' },
};
