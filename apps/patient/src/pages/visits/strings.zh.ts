/** 就诊 list strings owned by this page (Simplified Chinese). `strings.en.ts` mirrors every key. */
export const visitsZh = {
  'visits.checkinOpens': '{time} 起可签到（就诊前 30 分钟开放）',
};
