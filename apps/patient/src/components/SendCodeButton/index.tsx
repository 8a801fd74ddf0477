import { View } from '@tarojs/components';
import './index.css';

interface Props {
  testId: string;
  /** 获取验证码, or the countdown (e.g. 58 秒后重发). */
  label: string;
  /** Greyed while counting down or sending; the tap still reaches `onPress`, which decides. */
  disabled: boolean;
  onPress: () => void;
}

/** The pill beside a verification-code field that sends (or resends) the SMS code. */
export function SendCodeButton({ testId, label, disabled, onPress }: Props) {
  return (
    <View className={`xl-send-code xl-pressable${disabled ? ' is-disabled' : ''}`} data-testid={testId} data-tap onClick={onPress}>
      {label}
    </View>
  );
}
