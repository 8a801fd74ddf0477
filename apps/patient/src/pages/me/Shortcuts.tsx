import { Image, Text, View } from '@tarojs/components';
import billsIcon from '../../assets/me/bills.png';
import bookingsIcon from '../../assets/me/bookings.png';
import patientsIcon from '../../assets/me/patients.png';
import reportsIcon from '../../assets/me/reports.png';
import { type MessageKey, useT } from '../../i18n';
import { PAGES, type SoonFeature, go } from '../../routes';

const ITEMS: { id: SoonFeature; label: MessageKey; icon: string; page?: string }[] = [
  { id: 'patients', label: 'me.patients', icon: patientsIcon, page: PAGES.family },
  { id: 'bookings', label: 'me.bookings', icon: bookingsIcon, page: PAGES.visits },
  { id: 'bills', label: 'me.bills', icon: billsIcon, page: PAGES.receipts },
  { id: 'myReports', label: 'me.reports', icon: reportsIcon, page: PAGES.reports },
];

/** Personal shortcuts: 就诊人, 我的挂号 (the 就诊 tab), 电子票据 and 报告; anything without a page opens 即将上线. */
export function Shortcuts() {
  const t = useT();
  return (
    <View className='xl-card me-shortcuts' data-testid='me-shortcuts'>
      {ITEMS.map((item) => (
        <View
          key={item.id}
          className='me-shortcut xl-pressable'
          data-testid={`me-${item.id}`}
          data-tap
          onClick={() => (item.page ? go(item.page) : go(PAGES.soon, { feature: item.id }))}
        >
          <View className='me-icon me-shortcut__glyph'>
            <Image className='me-icon__img' src={item.icon} mode='scaleToFill' />
          </View>
          <Text className='me-shortcut__label'>{t(item.label)}</Text>
        </View>
      ))}
    </View>
  );
}
