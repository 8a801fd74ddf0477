import { Image, Text, View } from '@tarojs/components';
import { Button } from '../nut';
import './index.css';

interface Props {
  image: string;
  title: string;
  hint?: string;
  actionText?: string;
  onAction?: () => void;
  testId?: string;
}

/** A calm, centred empty state with one clear next step. */
export function EmptyState({ image, title, hint, actionText, onAction, testId }: Props) {
  return (
    <View className='xl-empty' data-testid={testId}>
      <View className='xl-empty__art'>
        <Image className='xl-empty__img' src={image} mode='scaleToFill' />
      </View>
      <Text className='xl-empty__title'>{title}</Text>
      {hint ? <Text className='xl-empty__hint'>{hint}</Text> : null}
      {actionText && onAction ? (
        <Button
          className='xl-empty__action'
          type='primary'
          size='large'
          onClick={onAction}
          data-testid={testId ? `${testId}-action` : undefined}
        >
          {actionText}
        </Button>
      ) : null}
    </View>
  );
}
