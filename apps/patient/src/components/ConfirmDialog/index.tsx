import { Text, View } from '@tarojs/components';
import { useT } from '../../i18n';
import './index.css';

interface Props {
  open: boolean;
  title: string;
  body?: string;
  confirmText?: string;
  /** Red confirm button for destructive actions (移除, 解除, 解绑). */
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A themed confirm dialog drawn inside the page root, so it follows care mode, dark mode and the
 * language (Taro.showModal in H5 would not).
 */
export function ConfirmDialog({ open, title, body, confirmText, danger = false, busy = false, onConfirm, onCancel }: Props) {
  const t = useT();
  if (!open) return null;
  return (
    <View className='xl-dialog' data-testid='confirm-dialog' catchMove>
      <View className='xl-dialog__mask' onClick={busy ? undefined : onCancel} />
      <View className='xl-dialog__panel' role='dialog' aria-modal='true'>
        <Text className='xl-dialog__title'>{title}</Text>
        {body ? <Text className='xl-dialog__body'>{body}</Text> : null}
        <View className='xl-dialog__actions'>
          <View className='xl-dialog__btn xl-pressable' data-testid='confirm-cancel' data-tap role='button'
            onClick={busy ? undefined : onCancel}>
            {t('common.cancel')}
          </View>
          <View
            className={`xl-dialog__btn xl-dialog__btn--ok xl-pressable${danger ? ' is-danger' : ''}${busy ? ' is-busy' : ''}`}
            data-testid='confirm-ok' data-tap role='button' aria-disabled={busy}
            onClick={busy ? undefined : onConfirm}
          >
            {confirmText ?? t('common.confirm')}
          </View>
        </View>
      </View>
    </View>
  );
}
