import Taro from '@tarojs/taro';

/** Page paths (must match app.config.ts) and the few navigations the app makes. */
export const PAGES = {
  home: '/pages/home/index',
  visits: '/pages/visits/index',
  messages: '/pages/messages/index',
  me: '/pages/me/index',
  login: '/pages/login/index',
  departments: '/pages/departments/index',
  doctors: '/pages/doctors/index',
  doctor: '/pages/doctor/index',
  soon: '/pages/soon/index',
  agreement: '/pages/agreement/index',
  realname: '/pages/realname/index',
  family: '/pages/family/index',
  familyAdd: '/pages/family-add/index',
  managers: '/pages/managers/index',
  record: '/pages/record/index',
  bookingConfirm: '/pages/booking-confirm/index',
  exams: '/pages/exams/index',
  examDetail: '/pages/exams/detail',
  examsMine: '/pages/exams/mine',
  vaccines: '/pages/vaccines/index',
  vaccineDetail: '/pages/vaccines/detail',
  search: '/pages/search/index',
  triage: '/pages/triage/index',
  checkin: '/pages/checkin/index',
  queue: '/pages/queue/index',
  waitlist: '/pages/waitlist/index',
  deptWaitlist: '/pages/dept-waitlist/index',
  transfers: '/pages/transfers/index',
  noShows: '/pages/no-shows/index',
  reports: '/pages/reports/index',
  reportDetail: '/pages/reports/detail',
  reportTrend: '/pages/reports/trend',
  cashier: '/pages/cashier/index',
  bills: '/pages/bills/index',
  receipts: '/pages/receipts/index',
} as const;

export const TAB_PAGES = [PAGES.home, PAGES.visits, PAGES.messages, PAGES.me] as const;
export type TabPage = (typeof TAB_PAGES)[number];

/** Features that are promised but not built yet; they open the 即将上线 page. */
export type SoonFeature =
  | 'triage' | 'reports' | 'consult' | 'payment' | 'navigation'
  | 'patients' | 'bookings' | 'bills' | 'myReports';

const ignore = () => undefined;

/** Opens a page; a tab page (which navigateTo refuses) is switched to instead, without a query. */
export function go(url: string, query: Record<string, string> = {}): void {
  if ((TAB_PAGES as readonly string[]).includes(url)) return goTab(url as TabPage);
  const qs = Object.entries(query)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
  Taro.navigateTo({ url: qs ? `${url}?${qs}` : url }).catch(ignore);
}

export function goTab(url: TabPage): void {
  Taro.switchTab({ url }).catch(ignore);
}

export function goBack(fallback: TabPage = PAGES.home): void {
  if (Taro.getCurrentPages().length > 1) Taro.navigateBack().catch(ignore);
  else goTab(fallback);
}

/** Back to the previous page, or open `fallback` in place of this one when there is none (e.g. a reload). */
export function goBackTo(fallback: string): void {
  if (Taro.getCurrentPages().length > 1) Taro.navigateBack().catch(ignore);
  else Taro.redirectTo({ url: fallback }).catch(ignore);
}
