import { Input, Text, Textarea, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.css';

interface FieldProps {
  label: string;
  /** data-testid of the input (its `<input>` is inside in H5); the error gets `${testId}-error`. */
  testId: string;
  value: string;
  placeholder: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string | null;
  /** A calm line under the field (shown when there is no error). */
  hint?: string | null;
  type?: 'text' | 'number' | 'idcard' | 'digit';
  maxLength?: number;
  multiline?: boolean;
  /** Right-hand slot, e.g. a send-code or add button. */
  extra?: ReactNode;
}

/** A labelled input with its message underneath; labels sit above the input in care mode. */
export function FormField(props: FieldProps) {
  const { label, testId, value, placeholder, onChange, onBlur, error, hint, type = 'text', maxLength = 140, multiline, extra } = props;
  return (
    <View className={`xl-field${error ? ' has-error' : ''}${multiline ? ' is-multiline' : ''}`}>
      <View className='xl-field__box'>
        <Text className='xl-field__label'>{label}</Text>
        {multiline ? (
          <Textarea className='xl-field__input xl-field__textarea' data-testid={testId} value={value}
            maxlength={maxLength} placeholder={placeholder} placeholderClass='xl-field__placeholder' autoHeight
            onInput={(e) => onChange(e.detail.value)} onBlur={onBlur} />
        ) : (
          <Input className='xl-field__input' data-testid={testId} type={type} value={value} maxlength={maxLength}
            placeholder={placeholder} placeholderClass='xl-field__placeholder'
            onInput={(e) => onChange(e.detail.value)} onBlur={onBlur} />
        )}
        {extra}
      </View>
      {error ? (
        <Text className='xl-field__error' data-testid={`${testId}-error`}>{error}</Text>
      ) : hint ? (
        <Text className='xl-field__hint' data-testid={`${testId}-hint`}>{hint}</Text>
      ) : null}
    </View>
  );
}

interface SelectProps {
  label: string;
  testId: string;
  valueLabel: string;
  onOpen: () => void;
}

/** A field that opens a chooser (e.g. 证件类型): the whole row is the tap target. */
export function SelectField({ label, testId, valueLabel, onOpen }: SelectProps) {
  return (
    <View className='xl-field'>
      <View className='xl-field__box xl-pressable' data-testid={testId} data-tap role='button' onClick={onOpen}>
        <Text className='xl-field__label'>{label}</Text>
        <Text className='xl-field__value'>{valueLabel}</Text>
        <View className='xl-chevron' />
      </View>
    </View>
  );
}
