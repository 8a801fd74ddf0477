import { Text, View, type ViewProps } from '@tarojs/components';
import './index.css';

interface Props extends ViewProps {
  /** The bold label on top (就诊人, 选择日期, 注意事项…). */
  title?: string;
}

/**
 * A card whose content stacks in a column, with an optional bold label: one step of a booking form or a block of a
 * detail page. Extra props (data-testid, role, data-*) go to the card itself.
 */
export function Panel({ title, className, children, ...rest }: Props) {
  return (
    <View className={`xl-card xl-panel${className ? ` ${className}` : ''}`} {...rest}>
      {title ? <Text className='xl-panel__label'>{title}</Text> : null}
      {children}
    </View>
  );
}
