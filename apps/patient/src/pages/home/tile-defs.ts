import bookingIcon from '../../assets/tiles/booking.png';
import consultIcon from '../../assets/tiles/consult.png';
import navigationIcon from '../../assets/tiles/navigation.png';
import paymentIcon from '../../assets/tiles/payment.png';
import reportsIcon from '../../assets/tiles/reports.png';
import triageIcon from '../../assets/tiles/triage.png';
import type { MessageKey } from '../../i18n';
import type { SoonFeature } from '../../routes';

export interface TileDef {
  id: 'booking' | SoonFeature;
  label: MessageKey;
  sub: MessageKey;
  icon: string;
  /** 1–6: a colour from theme.css (--xl-tile-N). */
  tone: number;
}

/** The six entries the product promises on 首页. 预约挂号, 智能导诊 and 报告查询 are live; the rest open 即将上线. */
export const TILES: TileDef[] = [
  { id: 'booking', label: 'home.tiles.booking', sub: 'home.tiles.booking.sub', icon: bookingIcon, tone: 1 },
  { id: 'triage', label: 'home.tiles.triage', sub: 'home.tiles.triage.sub', icon: triageIcon, tone: 2 },
  { id: 'reports', label: 'home.tiles.reports', sub: 'home.tiles.reports.sub', icon: reportsIcon, tone: 3 },
  { id: 'consult', label: 'home.tiles.consult', sub: 'home.tiles.consult.sub', icon: consultIcon, tone: 4 },
  { id: 'payment', label: 'home.tiles.payment', sub: 'home.tiles.payment.sub', icon: paymentIcon, tone: 5 },
  {
    id: 'navigation',
    label: 'home.tiles.navigation',
    sub: 'home.tiles.navigation.sub',
    icon: navigationIcon,
    tone: 6,
  },
];
