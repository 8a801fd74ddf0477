import { Input, Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

interface Props {
  label: string;
  testId: string;
  value: string;
  placeholder: string;
  maxLength: number;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error: string | null;
  /** Right-hand slot, e.g. the send-code button. */
  extra?: ReactNode;
}

/** A labelled numeric input with its inline error underneath. */
export function Field({ label, testId, value, placeholder, maxLength, onChange, onBlur, error, extra }: Props) {
  return (
    <View className={`login-field${error ? ' has-error' : ''}`}>
      <View className='login-field__box'>
        <Text className='login-field__label'>{label}</Text>
        <Input
          className='login-field__input'
          data-testid={testId}
          type='number'
          value={value}
          maxlength={maxLength}
          placeholder={placeholder}
          placeholderClass='login-field__placeholder'
          onInput={(e) => onChange(e.detail.value)}
          onBlur={onBlur}
        />
        {extra}
      </View>
      {error ? (
        <Text className='login-field__error' data-testid={`${testId}-error`}>
          {error}
        </Text>
      ) : null}
    </View>
  );
}
