import type { Bilingual } from '../../../locales';

export const text = {
  intro: {
    zh: '放号规则决定患者能提前几天、在几点预约到新的号源，以及当天能否挂号。科室未单独设置时沿用全院规则。保存后，尚未放号的出诊会立即按新规则调整放号时间。',
    en: 'Release rules set how many days ahead, and at what time, new places open, and whether same-day booking is allowed. Departments without their own rule follow the hospital’s. Saving re-times every clinic not yet released.',
  },
  hospital: { zh: '全院', en: 'Whole hospital' },
  scope: { zh: '范围', en: 'Scope' },
  daysAhead: { zh: '提前天数', en: 'Days ahead' },
  daysValue: { zh: '{n} 天', en: '{n} days' },
  releaseTime: { zh: '放号时间', en: 'Release time' },
  sameDay: { zh: '当日挂号', en: 'Same-day booking' },
  yes: { zh: '允许', en: 'Allowed' },
  no: { zh: '不允许', en: 'Not allowed' },
  source: { zh: '来源', en: 'Source' },
  own: { zh: '单独设置', en: 'Own rule' },
  inherited: { zh: '沿用全院', en: 'Hospital rule' },
  builtin: { zh: '系统默认', en: 'Default' },
  edit: { zh: '编辑', en: 'Edit' },
  editTitle: { zh: '放号规则 · {name}', en: 'Release rule · {name}' },
  saved: { zh: '已保存，{n} 个未放号的出诊已按新规则调整', en: 'Saved; {n} unreleased clinics re-timed' },
  timeFormat: { zh: '格式为 HH:MM，例如 08:00', en: 'Use HH:MM, e.g. 08:00' },
  actions: { zh: '操作', en: 'Actions' },
  search: { zh: '按科室筛选', en: 'Filter by department' },
} satisfies Record<string, Bilingual>;
