import { Text, View } from '@tarojs/components';
import type { Transfer } from '@xinglin/contracts';
import { useT } from '../../i18n';
import { chinaMonthDayTime } from '../../utils/china-time';

const TONE: Record<Transfer['status'], string> = { pending: 'is-warn', accepted: '', declined: 'is-muted', cancelled: 'is-muted', expired: 'is-muted' };

export type TransferAction = 'accept' | 'decline' | 'withdraw';

/** One offer: the visit, the recipient, until when it can be answered, and what this side may do with it. */
export function TransferCard({ transfer, onAction }: { transfer: Transfer; onAction: (t: Transfer, a: TransferAction) => void }) {
  const t = useT();
  const pending = transfer.status === 'pending';
  return (
    <View className='xl-card bx-card' data-testid='transfer-card' data-direction={transfer.direction} data-status={transfer.status}>
      <View className='bx-card__head'>
        <Text className='bx-card__title'>{transfer.doctorName}</Text>
        <Text className={`bx-tag ${TONE[transfer.status]}`}>{t(`transfers.status.${transfer.status}`)}</Text>
      </View>
      <Text className='bx-card__line'>{transfer.departmentName}</Text>
      <Text className='bx-card__line'>{t('transfers.visit', { time: chinaMonthDayTime(transfer.startsAt) })}</Text>
      {transfer.direction === 'outgoing' ? (
        <Text className='bx-card__line'>{t('transfers.to', { name: transfer.recipientName })}</Text>
      ) : null}
      {pending ? (
        <Text className='xl-notice bx-card__note'>{t('transfers.expires', { time: chinaMonthDayTime(transfer.expiresAt) })}</Text>
      ) : null}
      {pending && transfer.direction === 'incoming' ? (
        <View className='bx-actions'>
          <View className='xl-btn-ghost xl-pressable bx-danger' data-tap role='button' data-testid='transfer-decline'
            onClick={() => onAction(transfer, 'decline')}>
            {t('transfers.decline')}
          </View>
          <View className='xl-btn-ghost xl-pressable' data-tap role='button' data-testid='transfer-accept'
            onClick={() => onAction(transfer, 'accept')}>
            {t('transfers.accept')}
          </View>
        </View>
      ) : null}
      {pending && transfer.direction === 'outgoing' ? (
        <View className='bx-actions'>
          <View className='xl-btn-ghost xl-pressable bx-danger' data-tap role='button' data-testid='transfer-withdraw'
            onClick={() => onAction(transfer, 'withdraw')}>
            {t('transfers.withdraw')}
          </View>
        </View>
      ) : null}
    </View>
  );
}
