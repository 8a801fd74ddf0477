import type { Bilingual } from '../../../locales';

/** This page's own words, Chinese and English side by side (the shared keys live in src/locales). */
export const text = {
  search: { zh: '输入患者姓名或就诊卡号', en: 'Patient name or medical card number' },
  searchButton: { zh: '搜索', en: 'Search' },
  scope: {
    zh: '仅显示已授权您诊疗的患者（预约就诊或患者本人授权），授权到期后自动移出列表。',
    en: 'Only patients who have granted you access (through a booking or in the app) are listed; they leave the list when it ends.',
  },
  name: { zh: '姓名', en: 'Name' },
  gender: { zh: '性别', en: 'Gender' },
  age: { zh: '年龄', en: 'Age' },
  ageValue: { zh: '{n} 岁', en: '{n}' },
  idNumber: { zh: '证件号码', en: 'ID number' },
  cards: { zh: '就诊卡号', en: 'Medical cards' },
  until: { zh: '授权至', en: 'Access until' },
  daysLeft: { zh: '剩余 {n} 天', en: '{n} days left' },
  lastDay: { zh: '今日到期', en: 'Ends today' },
  open: { zh: '查看健康档案', en: 'Open health record' },
  count: { zh: '共 {n} 位患者', en: '{n} patients' },
  empty: { zh: '暂无已授权的患者', en: 'No patients have granted you access' },
  emptyHint: { zh: '患者预约您的号源或在小程序中授权后，将出现在这里。', en: 'Patients appear here once they book with you or grant access in the app.' },
  noMatch: { zh: '没有找到匹配“{q}”的已授权患者', en: 'No patient with access matches “{q}”' },
} satisfies Record<string, Bilingual>;

export const genders: Record<'male' | 'female' | 'unknown', Bilingual> = {
  male: { zh: '男', en: 'Male' },
  female: { zh: '女', en: 'Female' },
  unknown: { zh: '未知', en: 'Unknown' },
};
