import { Text, View } from '@tarojs/components';
import { Switch } from '../../components/nut';
import { useT } from '../../i18n';
import type { Manager } from '../../services/patients';
import { formatDate } from '../../utils/format';

interface Props {
  manager: Manager;
  busy: boolean;
  onToggle: () => void;
  onRemove: () => void;
}

/** One manager: who, how they registered me, since when; the record-access switch row; 解除管理. */
export function ManagerCard({ manager: m, busy, onToggle, onRemove }: Props) {
  const t = useT();
  return (
    <View className='xl-card mg-card' data-testid='manager-card' data-account-id={m.accountId}>
      <View className='mg-card__head'>
        <View className='mg-card__avatar'>
          <Text>{m.displayName.slice(0, 1)}</Text>
        </View>
        <View className='mg-card__who'>
          <Text className='mg-card__name' data-testid='manager-name'>{m.displayName}</Text>
          <Text className='mg-card__phone'>{m.phoneMasked}</Text>
        </View>
      </View>
      <Text className='mg-card__meta'>{t('managers.relation', { rel: t(`relation.${m.relation}`) })}</Text>
      <Text className='mg-card__meta'>{t('managers.since', { date: formatDate(m.since) })}</Text>
      <View className={`mg-card__toggle xl-pressable${busy ? ' is-busy' : ''}`} data-testid='manager-record-access'
        data-tap data-checked={m.recordAccess} role='switch' aria-checked={m.recordAccess} onClick={onToggle}>
        <View className='xl-row__main'>
          <Text className='mg-card__toggle-title'>{t('managers.recordAccess')}</Text>
          <Text className='xl-muted mg-card__toggle-hint'>{t('managers.recordAccessHint')}</Text>
        </View>
        <Switch className='mg-card__switch' checked={m.recordAccess} />
      </View>
      <View className='mg-card__remove xl-pressable' data-testid='manager-remove' data-tap role='button' onClick={onRemove}>
        {t('managers.remove')}
      </View>
    </View>
  );
}
