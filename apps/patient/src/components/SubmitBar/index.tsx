import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { Button } from '../nut';
import './index.css';

export { useSubmit } from './useSubmit';

interface Props {
  /** The button's data-testid. */
  testId: string;
  label: string;
  busy: boolean;
  disabled: boolean;
  onSubmit: () => void;
  /** Space above the bar, for pages whose last card has no margin of its own to spare. */
  spaced?: boolean;
  /** Messages shown above the button (the error, what is still missing). */
  children?: ReactNode;
}

/** The large primary button that ends a booking form, with its messages above it. */
export function SubmitBar({ testId, label, busy, disabled, onSubmit, spaced = false, children }: Props) {
  return (
    <View className={`xl-submit${spaced ? ' is-spaced' : ''}`}>
      {children}
      <Button type='primary' size='large' block loading={busy} disabled={disabled} data-testid={testId} data-tap onClick={onSubmit}>
        {label}
      </Button>
    </View>
  );
}
