import bookingsIcon from '../../assets/me/bookings.png';
import managersIcon from '../../assets/me/managers.png';
import shieldIcon from '../../assets/me/shield.png';
import { PAGES, go } from '../../routes';
import { EntryList } from './EntryList';

const ENTRIES = [
  { id: 'waitlist', icon: bookingsIcon, title: 'me.entry.waitlist', hint: 'me.entry.waitlistHint', page: PAGES.waitlist },
  { id: 'transfers', icon: managersIcon, title: 'me.entry.transfers', hint: 'me.entry.transfersHint', page: PAGES.transfers },
  { id: 'no-shows', icon: shieldIcon, title: 'me.entry.noShows', hint: 'me.entry.noShowsHint', page: PAGES.noShows },
] as const;

/** 挂号服务: 我的候补, 号源转让, 爽约记录 (signed out, each leads to 登录). */
export function BookingEntries({ signedIn }: { signedIn: boolean }) {
  const items = ENTRIES.map((e) => ({ ...e, open: () => go(signedIn ? e.page : PAGES.login) }));
  return <EntryList title='me.section.booking' testId='me-booking-entries' items={items} />;
}
