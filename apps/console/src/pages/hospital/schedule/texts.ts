import type { Bilingual } from '../../../locales';
import type { SessionTone } from './model';

/** This page's own words, Chinese and English side by side. */
export const text = {
  intro: {
    zh: '按科室查看未来两周的出诊与余号。点击出诊可停诊或为某个时段加号；“加诊”为医生增开一个整段门诊。停诊会通知并退款给所有已预约患者，加出的号源优先给候补患者。所有操作记入审计日志。',
    en: 'Clinics and remaining places for a department over the next two weeks. Click a clinic to stop it or add places to a slot; “Extra clinic” opens a whole new session. Stopping tells and refunds every booked patient; new places go to the waitlist first. Every action is audited.',
  },
  department: { zh: '科室', en: 'Department' },
  from: { zh: '起始日期', en: 'From' },
  doctor: { zh: '医生', en: 'Doctor' },
  extra: { zh: '加诊', en: 'Extra clinic' },
  noDepartment: { zh: '请选择科室', en: 'Choose a department' },
  remaining: { zh: '余 {r}/{c}', en: '{r}/{c} left' },
  session: { zh: '{date} {period} · {doctor}', en: '{date} {period} · {doctor}' },
  status: { zh: '状态', en: 'Status' },
  release: { zh: '放号时间', en: 'Release' },
  fee: { zh: '挂号费', en: 'Fee' },
  taken: { zh: '已约', en: 'Booked' },
  slot: { zh: '时段', en: 'Slot' },
  left: { zh: '余号', en: 'Left' },
  addPlaces: { zh: '加号', en: 'Add places' },
  addPlacesTitle: { zh: '为 {time} 加号', en: 'Add places at {time}' },
  places: { zh: '增加号源数', en: 'Places to add' },
  placesAdded: { zh: '已加号，该时段共 {c} 个号，{w} 个优先给了候补患者', en: 'Added: {c} places in the slot, {w} offered to the waitlist' },
  stop: { zh: '停诊', en: 'Stop clinic' },
  stopTitle: { zh: '确认停诊？', en: 'Stop this clinic?' },
  stopAffects: { zh: '该出诊已有 {n} 位患者预约，停诊后将逐一通知并退款，候补队列同时关闭。此操作不可撤销。', en: '{n} patients are booked. Each will be told and refunded, and the waitlist closes. This cannot be undone.' },
  stopNone: { zh: '该出诊暂无患者预约；停诊后不再开放预约。此操作不可撤销。', en: 'Nobody is booked yet; the clinic will no longer take bookings. This cannot be undone.' },
  reason: { zh: '停诊原因（会告知患者）', en: 'Reason (patients are told)' },
  reasonPh: { zh: '例如：医生临时外出会诊', en: 'e.g. the doctor is called away' },
  reasonShort: { zh: '请填写至少 2 个字的原因', en: 'Give a reason of at least 2 characters' },
  stopped: { zh: '已停诊：{b} 位患者已通知并退款，关闭候补 {w} 条', en: 'Stopped: {b} patients told and refunded, {w} waitlist entries closed' },
  over: { zh: '该出诊已结束', en: 'This clinic is over' },
  date: { zh: '日期', en: 'Date' },
  period: { zh: '时段', en: 'Session' },
  placesPerSlot: { zh: '每个时段号源数', en: 'Places per 30-minute slot' },
  extraAdded: { zh: '已加诊：{s} 个时段已开放预约，{w} 个号优先给了候补患者', en: 'Extra clinic open: {s} slots, {w} places offered to the waitlist' },
  required: { zh: '必填', en: 'Required' },
  empty: { zh: '该科室在此期间没有出诊', en: 'No clinics in this period' },
} satisfies Record<string, Bilingual>;

export const periods: Record<'morning' | 'afternoon' | 'evening', Bilingual> = {
  morning: { zh: '上午', en: 'Morning' },
  afternoon: { zh: '下午', en: 'Afternoon' },
  evening: { zh: '晚上', en: 'Evening' },
};

export const tones: Record<SessionTone, { label: Bilingual; color: string }> = {
  open: { label: { zh: '有号', en: 'Open' }, color: 'green' },
  full: { label: { zh: '约满', en: 'Full' }, color: 'orange' },
  unreleased: { label: { zh: '未放号', en: 'Not released' }, color: 'blue' },
  stopped: { label: { zh: '停诊', en: 'Stopped' }, color: 'red' },
};
