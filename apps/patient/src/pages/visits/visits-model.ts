import { type Booking, type BookingStatus, CHECK_IN_EARLY_MINUTES } from '@xinglin/contracts';

/** Still open and not yet at the clinic: can be cancelled (退号) or transferred (转让). */
export const isActive = (b: Booking) => b.status === 'held' || b.status === 'confirmed';

/** The visit is still ahead or under way (签到后 / 叫号中 included). */
const OPEN: readonly BookingStatus[] = ['held', 'confirmed', 'checked_in', 'called'];
export const isUpcoming = (b: Booking, today: string) => OPEN.includes(b.status) && b.date >= today;

export const canTransfer = isActive;

/** The server's check-in window (the shared contract): from 30 minutes before the slot until its end. */
export const checkInOpensAt = (b: Booking) => Date.parse(b.startsAt) - CHECK_IN_EARLY_MINUTES * 60_000;

export type CardAction = 'pay' | 'checkin' | 'checkinLater' | 'queue' | null;

/**
 * The card's one main action at `now` (ms): 去支付 while unpaid; 签到 for a paid booking inside the check-in
 * window (before it, a note saying when it opens); 查看排队 once checked in; nothing when the visit is over.
 */
export function cardAction(b: Booking, now: number): CardAction {
  switch (b.status) {
    case 'held':
      return 'pay';
    case 'confirmed':
      if (now > Date.parse(b.endsAt)) return null;
      return now >= checkInOpensAt(b) ? 'checkin' : 'checkinLater';
    case 'checked_in':
    case 'called':
      return 'queue';
    case 'completed':
    case 'no_show':
    case 'cancelled':
    case 'expired':
    case 'transferred':
    case 'stopped':
      return null;
  }
}

export type StatusTone = 'warn' | 'active' | 'done' | 'muted' | 'danger';

/** The tag colour of each status: what needs doing (warn), on track (active), over, or gone wrong. */
const TONES: Record<BookingStatus, StatusTone> = {
  held: 'warn',
  confirmed: 'active',
  checked_in: 'active',
  called: 'active',
  completed: 'done',
  no_show: 'danger',
  stopped: 'danger',
  cancelled: 'muted',
  expired: 'muted',
  transferred: 'muted',
};
export const statusTone = (status: BookingStatus): StatusTone => TONES[status];

/** Upcoming (open, today or later) soonest first, then the rest newest first. */
export function sortBookings(items: readonly Booking[], today: string): Booking[] {
  return [...items].sort((a, b) => {
    const ua = isUpcoming(a, today);
    const ub = isUpcoming(b, today);
    if (ua !== ub) return ua ? -1 : 1;
    if (ua) return a.startsAt.localeCompare(b.startsAt) || a.visitNo - b.visitNo;
    return b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);
  });
}

const PHONE = /^1[3-9]\d{9}$/;

/** The 转让 form's problem, if any, as a message key suffix (the server checks the same). */
export function transferFormProblem(name: string, phone: string): 'name' | 'phone' | null {
  if (!name.trim()) return 'name';
  if (!PHONE.test(phone.trim())) return 'phone';
  return null;
}
