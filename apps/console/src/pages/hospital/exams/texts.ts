import type { Bilingual } from '../../../locales';
import type { CellTone } from './model';

/** This page's own words, Chinese and English side by side. */
export const text = {
  intro: {
    zh: '按日查看体检套餐和疫苗的预约名额与已约人数（未来 14 天，患者可从明天起预约）。点击某一天可设置当天名额；名额不能少于已预约人数。体检中心还可设置每日总量，所有套餐共用。',
    en: 'Places and bookings per day for exam packages and vaccines over the next 14 days (patients book from tomorrow). Click a day to set its places; they cannot go below the places already booked. The exam centre may also set a daily total shared by every package.',
  },
  examNote: {
    zh: '第一行是体检中心每日总名额，所有套餐共用；总名额约满时，各套餐即使自身仍有名额也显示为已满。',
    en: 'The first row is the centre’s daily total shared by every package; once it is used up, every package shows full even with places of its own left.',
  },
  exams: { zh: '体检套餐', en: 'Exam packages' },
  vaccines: { zh: '疫苗', en: 'Vaccines' },
  name: { zh: '名称', en: 'Name' },
  window: { zh: '14 天合计', en: '14 days' },
  inactive: { zh: '已下架', en: 'Inactive' },
  cell: { zh: '{b}/{c}', en: '{b}/{c}' },
  closed: { zh: '未开放', en: 'Closed' },
  centre: { zh: '中心每日总名额', en: 'Centre daily total' },
  setTitle: { zh: '设置名额 · {name}', en: 'Set places · {name}' },
  date: { zh: '日期', en: 'Date' },
  capacity: { zh: '名额', en: 'Places' },
  bookedNow: { zh: '当天已约 {b} 人，名额不能少于 {b}', en: '{b} already booked; places cannot go below {b}' },
  notOpen: { zh: '当天尚未开放，设置名额后即可预约', en: 'Not open that day yet; setting places opens it' },
  centreHelp: { zh: '所有套餐当天合计不超过此数；0 表示当天不接受体检预约', en: 'All packages together take no more than this; 0 closes the day' },
  saved: { zh: '已设置：{date} 名额 {c}，已约 {b}', en: 'Set: {date}, {c} places, {b} booked' },
  saveFailed: { zh: '未能设置', en: 'Not set' },
  required: { zh: '必填', en: 'Required' },
  capacityRange: { zh: '名额应为 0 至 10000 的整数', en: 'Places must be a whole number from 0 to 10,000' },
  legend: { zh: '已约/名额', en: 'Booked/places' },
} satisfies Record<string, Bilingual>;

export const tones: Record<CellTone, { label: Bilingual; color: string }> = {
  open: { label: { zh: '有余量', en: 'Open' }, color: 'green' },
  busy: { label: { zh: '将满', en: 'Filling' }, color: 'gold' },
  full: { label: { zh: '已满', en: 'Full' }, color: 'red' },
  closed: { label: { zh: '未开放', en: 'Closed' }, color: 'default' },
};
