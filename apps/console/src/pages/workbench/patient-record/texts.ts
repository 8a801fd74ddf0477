import type { HealthRecord } from '@xinglin/contracts';
import type { Bilingual } from '../../../locales';

/** This page's own words, Chinese and English side by side (the shared keys live in src/locales). */
export const text = {
  audited: { zh: '本次查阅已记录', en: 'This view has been recorded' },
  auditedHint: {
    zh: '您对患者健康档案的每一次查阅都会记入审计日志，患者本人可在“谁看过我的档案”中看到。请仅在诊疗需要时查阅。',
    en: "Every view of a patient's health record is written to the audit log, and the patient can see it under “Who viewed my record”. Open records only when care requires it.",
  },
  back: { zh: '返回我的患者', en: 'Back to my patients' },
  patient: { zh: '患者', en: 'Patient' },
  ageValue: { zh: '{n} 岁', en: '{n} years' },
  until: { zh: '授权至 {date}', en: 'Access until {date}' },
  readOnly: { zh: '只读', en: 'Read-only' },
  allergies: { zh: '过敏史', en: 'Allergies' },
  noAllergies: { zh: '未记录过敏史（不代表无过敏，用药前请再次询问）', en: 'No allergies recorded (not the same as none: ask before prescribing)' },
  vitals: { zh: '基本信息', en: 'Measurements' },
  height: { zh: '身高', en: 'Height' },
  weight: { zh: '体重', en: 'Weight' },
  bmi: { zh: 'BMI', en: 'BMI' },
  bloodType: { zh: '血型', en: 'Blood type' },
  chronic: { zh: '慢性病', en: 'Chronic conditions' },
  medications: { zh: '长期用药', en: 'Regular medications' },
  pastHistory: { zh: '既往史', en: 'Past medical history' },
  familyHistory: { zh: '家族史', en: 'Family history' },
  notRecorded: { zh: '未记录', en: 'Not recorded' },
  version: { zh: '档案第 {v} 版 · 更新于 {at}', en: 'Version {v} · updated {at}' },
  neverUpdated: { zh: '患者尚未填写健康档案', en: 'The patient has not filled in the record yet' },
  notFound: { zh: '未找到该患者或您无权查看', en: 'Patient not found, or you do not have access' },
  notFoundHint: {
    zh: '仅能查看与您存在有效诊疗关系的患者档案。如患者刚刚授权，请返回列表刷新后再试。',
    en: 'You can open records only of patients with a live care relationship with you. If access was just granted, go back and refresh the list.',
  },
  loadFailed: { zh: '健康档案加载失败', en: 'The health record could not be loaded' },
  retry: { zh: '重试', en: 'Try again' },
} satisfies Record<string, Bilingual>;

export const bloodTypes: Record<HealthRecord['bloodType'], Bilingual> = {
  A: { zh: 'A 型', en: 'A' },
  B: { zh: 'B 型', en: 'B' },
  AB: { zh: 'AB 型', en: 'AB' },
  O: { zh: 'O 型', en: 'O' },
  unknown: { zh: '不详', en: 'Unknown' },
};
