import type { Bilingual } from '../../../locales';

export const text = {
  intro: {
    zh: '按就诊日期统计：已约号源（不含超时未支付与已转出的）、退号、停诊、爽约、完成就诊和候补补位。爽约率 = 爽约 ÷（爽约 + 已到院）。仅统计数量，不含患者信息。',
    en: 'By visit date: places booked (excluding lapsed unpaid holds and bookings handed on by transfer), cancellations, stopped clinics, no-shows, completed visits and waitlist offers. No-show rate = no-shows ÷ (no-shows + patients who came). Counts only, no patient data.',
  },
  range: { zh: '就诊日期', en: 'Visit dates' },
  booked: { zh: '预约', en: 'Booked' },
  cancelled: { zh: '退号', en: 'Cancelled' },
  stopped: { zh: '停诊', en: 'Stopped' },
  noShows: { zh: '爽约', en: 'No-shows' },
  completed: { zh: '完成就诊', en: 'Completed' },
  waitlistOffers: { zh: '候补补位', en: 'Waitlist offers' },
  noShowRate: { zh: '爽约率', en: 'No-show rate' },
  cancelRate: { zh: '退号率', en: 'Cancel rate' },
  date: { zh: '日期', en: 'Date' },
  chart: { zh: '每日预约量', en: 'Bookings per day' },
  tooLong: { zh: '最多选择 92 天', en: 'Choose at most 92 days' },
} satisfies Record<string, Bilingual>;
