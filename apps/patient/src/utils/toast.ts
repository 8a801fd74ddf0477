import Taro from '@tarojs/taro';

/** A short text toast (no icon, so long messages are not cut to 7 characters). */
export function toast(title: string): void {
  Taro.showToast({ title, icon: 'none' }).catch(() => undefined);
}
