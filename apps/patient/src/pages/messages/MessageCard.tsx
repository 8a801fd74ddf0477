import { Text, View } from '@tarojs/components';
import type { InappMessage } from '@xinglin/contracts';
import { type MessageKey, useT } from '../../i18n';
import { chinaMonthDayTime } from '../../utils/china-time';

const KINDS = ['booking', 'session', 'waitlist', 'transfer', 'report', 'queue'];

/** booking.created → messages.kind.booking; unknown kinds read as a plain notice. */
const kindKey = (kind: string): MessageKey => {
  const head = kind.split('.')[0] ?? '';
  return `messages.kind.${KINDS.includes(head) ? head : 'other'}` as MessageKey;
};

interface Props {
  message: InappMessage;
  onOpen: (m: InappMessage) => void;
}

/** One message: kind tag, time, title (bold with a dot while unread) and body; the whole card is the tap target. */
export function MessageCard({ message, onOpen }: Props) {
  const t = useT();
  const unread = message.readAt === null;
  return (
    <View className={`xl-card xl-pressable mc-card${unread ? ' is-unread' : ''}`} data-tap role='button'
      data-testid='message-card' data-message-id={message.id} data-unread={unread} onClick={() => onOpen(message)}>
      <View className='mc-card__head'>
        <Text className='xl-tag mc-card__kind'>{t(kindKey(message.kind))}</Text>
        <Text className='xl-muted mc-card__time'>{chinaMonthDayTime(message.createdAt)}</Text>
      </View>
      <View className='mc-card__title-row'>
        {unread ? <View className='mc-dot' aria-label={t('messages.unread')} data-testid='message-unread-dot' /> : null}
        <Text className='mc-card__title' data-testid='message-title'>{message.title}</Text>
      </View>
      <Text className='mc-card__body'>{message.body}</Text>
    </View>
  );
}
