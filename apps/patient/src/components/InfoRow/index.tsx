import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.css';

interface Props {
  label: string;
  /** The amount to pay: bold in the warning colour. */
  strong?: boolean;
  children: ReactNode;
}

/** One "label  value" line of a summary (what, when, who, fee) before or after booking. */
export function InfoRow({ label, strong = false, children }: Props) {
  return (
    <View className='xl-info-row'>
      <Text className='xl-info-row__label'>{label}</Text>
      <Text className={`xl-info-row__value${strong ? ' is-strong' : ''}`}>{children}</Text>
    </View>
  );
}
