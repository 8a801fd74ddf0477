import type { Bilingual } from '../../../locales';

/** This page's own words, Chinese and English side by side. */
export const text = {
  intro: {
    zh: '智能导诊按这些规则为患者推荐科室：症状词命中后按权重累加，年龄、性别、孕期条件不符的规则不参与；危急规则直接提示前往急诊。修改即时生效，并记入审计日志。',
    en: 'Triage suggests departments from these rules: matching symptom words add up by weight; rules whose age, sex or pregnancy condition does not fit are skipped; red-flag rules send the patient to the emergency room. Changes apply at once and are audited.',
  },
  search: { zh: '按症状、关键词或科室筛选', en: 'Filter by symptom, keyword or department' },
  add: { zh: '新增规则', en: 'Add rule' },
  edit: { zh: '编辑', en: 'Edit' },
  disable: { zh: '停用', en: 'Disable' },
  disableConfirm: { zh: '停用后该规则不再参与导诊，确定停用？', en: 'The rule will no longer be used. Disable it?' },
  disabled: { zh: '已停用', en: 'Disabled' },
  enabled: { zh: '启用', en: 'Enabled' },
  saved: { zh: '已保存', en: 'Saved' },
  count: { zh: '共 {n} 条规则，{m} 条启用', en: '{n} rules, {m} enabled' },
  symptom: { zh: '症状（患者可选标签）', en: 'Symptom (chip patients pick)' },
  symptomShort: { zh: '症状', en: 'Symptom' },
  symptomEn: { zh: '症状英文名', en: 'Symptom in English' },
  keywords: { zh: '关键词', en: 'Keywords' },
  keywordsHelp: { zh: '患者描述中出现任一词即命中；“胸痛+大汗”表示两个词都要出现。', en: 'Any word in the description matches; “胸痛+大汗” needs both words.' },
  bodyPart: { zh: '部位', en: 'Body part' },
  department: { zh: '推荐科室', en: 'Department' },
  weight: { zh: '权重', en: 'Weight' },
  conditions: { zh: '适用条件', en: 'Conditions' },
  minAge: { zh: '最小年龄', en: 'Min age' },
  maxAge: { zh: '最大年龄', en: 'Max age' },
  sex: { zh: '性别', en: 'Sex' },
  pregnancy: { zh: '孕期', en: 'Pregnancy' },
  emergency: { zh: '危急（提示立即去急诊）', en: 'Red flag (go to the emergency room now)' },
  emergencyShort: { zh: '危急', en: 'Red flag' },
  reasonZh: { zh: '推荐理由（中文）', en: 'Reason (Chinese)' },
  reasonEn: { zh: '推荐理由（英文）', en: 'Reason (English)' },
  required: { zh: '必填', en: 'Required' },
  any: { zh: '不限', en: 'Any' },
  ageRange: { zh: '{min}–{max} 岁', en: '{min}–{max} yrs' },
  status: { zh: '状态', en: 'Status' },
  actions: { zh: '操作', en: 'Actions' },
} satisfies Record<string, Bilingual>;

export const sexes: Record<'male' | 'female', Bilingual> = { male: { zh: '男', en: 'Male' }, female: { zh: '女', en: 'Female' } };
export const pregnancies: Record<'any' | 'pregnant' | 'not_pregnant', Bilingual> = {
  any: { zh: '不限', en: 'Any' },
  pregnant: { zh: '仅孕妇', en: 'Pregnant only' },
  not_pregnant: { zh: '非孕期', en: 'Not pregnant' },
};
